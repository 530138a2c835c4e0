/**
 * Undo and redo as plain data: the states before the present, the present, and the states
 * undone since the last edit. Every function returns a new history.
 */

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** How many earlier states are kept. */
export const HISTORY_LIMIT = 200;

/** A history with no earlier or later states. */
export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * The history after an edit to `next`: the present joins the past (the oldest state is
 * dropped past `limit`) and the undone states are forgotten. Recording the present itself
 * changes nothing, so that a no-op edit is not an undo step.
 */
export function record<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  if (past.length > limit) past.splice(0, past.length - limit);
  return { past, present: next, future: [] };
}

/** One step back (unchanged when there is nothing to undo). */
export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  const past = history.past.slice(0, -1);
  return {
    past,
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  };
}

/** One step forward again (unchanged when there is nothing to redo). */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return { past: [...history.past, history.present], present: next, future };
}

export const canUndo = <T>(history: History<T>): boolean => history.past.length > 0;
export const canRedo = <T>(history: History<T>): boolean => history.future.length > 0;
