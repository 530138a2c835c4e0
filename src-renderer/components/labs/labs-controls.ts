import type { ControlState } from '../../labs/lab-schema';

/** The state of a named control of a figure; controls a lab file does not name are shown. */
export function controlState(
  controls: Record<string, ControlState> | undefined,
  name: string,
): ControlState {
  return controls?.[name] ?? 'shown';
}
