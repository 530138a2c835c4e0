/** What every figure kind declares: its name in the editor, its controls, its setup's schema. */
import type { z } from 'zod';

export interface FigureKindInfo<S extends z.ZodType = z.ZodType> {
  label: string;
  /** controls a lab file may lock or hide; a control it does not name is shown */
  controls: readonly string[];
  setup: S;
}

/** A figure kind, typed by its setup schema. */
export const figureKind = <S extends z.ZodType>(
  label: string,
  controls: readonly string[],
  setup: S,
): FigureKindInfo<S> => ({ label, controls, setup });
