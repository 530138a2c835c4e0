/** What the renderer's checks and figures share when they read values from a lab or an answer. */

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem found in part of a value: where (dotted path, may be empty) and what. */
export interface FieldProblem {
  path: string;
  message: string;
}
