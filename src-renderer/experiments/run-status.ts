/** A run's status as the Experiments view names and orders it. */
import type { RunStatus } from '../../src-main/contract/types';

/** Statuses in the order of a run's life: what is going on first, then how runs ended. */
export const STATUS_ORDER: readonly RunStatus[] = [
  'running',
  'paused',
  'queued',
  'done',
  'stopped',
  'failed',
  'crashed',
];

/** The words shown for each status ("done" reads as "finished"). */
export const STATUS_LABEL: Record<RunStatus, string> = {
  queued: 'queued',
  running: 'running',
  paused: 'paused',
  done: 'finished',
  stopped: 'stopped',
  failed: 'failed',
  crashed: 'crashed',
};

/** Whether a run is still going (it can be stopped, not deleted or re-run). */
export function isActiveStatus(status: RunStatus): boolean {
  return status === 'queued' || status === 'running' || status === 'paused';
}

/** Whether a run ended with a model worth opening or exporting (a failed run's weights are
 * NaN; a running one has none yet). */
export function hasModel(status: RunStatus): boolean {
  return status === 'done' || status === 'stopped';
}
