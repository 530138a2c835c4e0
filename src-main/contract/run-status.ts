/**
 * A run's life, in one vocabulary for the store, the supervisor, the contract and the views:
 * queued → running ⇄ paused → one of the ends. Pure data and functions without imports, so the
 * renderer may import it as well as main.
 */

/** Every status a run can have; the database refuses any other (CHECK constraint). */
export const RUN_STATUSES = [
  'queued',
  'running',
  'paused',
  'done',
  'stopped',
  'failed',
  'crashed',
] as const;

/** Where a run is in its life. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** A run that is still going: it can be paused, stopped or watched, not deleted or re-run. */
export type ActiveStatus = Extract<RunStatus, 'queued' | 'running' | 'paused'>;

/** How a run ended. */
export type EndedStatus = Exclude<RunStatus, ActiveStatus>;

export const ACTIVE_STATUSES: readonly ActiveStatus[] = ['queued', 'running', 'paused'];
export const ENDED_STATUSES: readonly EndedStatus[] = ['done', 'stopped', 'failed', 'crashed'];

/** Whether a run is still going (queued, running or paused). */
export function isActive(status: RunStatus | null | undefined): status is ActiveStatus {
  return status === 'queued' || status === 'running' || status === 'paused';
}

/** Whether a run has ended, in any of the four ways. */
export function isEnded(status: RunStatus | null | undefined): status is EndedStatus {
  return status === 'done' || status === 'stopped' || status === 'failed' || status === 'crashed';
}

/** Whether a run ended with a model worth opening or exporting (a failed run's weights may be
 * NaN; a crashed one has only its last checkpoint). */
export function hasModel(status: RunStatus | null | undefined): boolean {
  return status === 'done' || status === 'stopped';
}

/** How the engine's trainer ended, as a run status: early stopping is a way of finishing;
 * a diverged run failed (its weights are no longer numbers). */
export function endedStatusOf(
  engineStatus: 'done' | 'stopped' | 'early-stopped' | 'diverged' | string,
): EndedStatus {
  if (engineStatus === 'stopped') return 'stopped';
  if (engineStatus === 'diverged') return 'failed';
  return 'done';
}
