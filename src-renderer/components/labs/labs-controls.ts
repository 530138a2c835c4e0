import type { ControlState } from '../../labs/lab-schema';

/** The state of a named control of a figure; controls a lab file does not name are shown. */
export function controlState(
  controls: Record<string, ControlState> | undefined,
  name: string,
): ControlState {
  return controls?.[name] ?? 'shown';
}

/** Props every figure component takes. */
export interface FigureProps<S> {
  setup: S;
  controls: Record<string, ControlState>;
  /** The answer last checked, to restore the student's work (may be of an old shape). */
  saved?: unknown;
}
