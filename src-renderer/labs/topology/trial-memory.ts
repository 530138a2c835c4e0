/**
 * Which runs the topology lab last started, kept for the whole session: a student who starts the trials
 * and looks at another lab (or view) while they train finds them again on return, finished or
 * still running, instead of an empty figure.
 */
const started = new Map<string, number[]>();

/** A key for one figure's setup (two activities with the same setup share their runs). */
export const trialKey = (setup: unknown): string => JSON.stringify(setup);

export function rememberTrials(key: string, experimentIds: number[]): void {
  started.set(key, [...experimentIds]);
}

export function recallTrials(key: string): number[] | undefined {
  const ids = started.get(key);
  return ids ? [...ids] : undefined;
}
