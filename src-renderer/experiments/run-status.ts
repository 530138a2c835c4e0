/** A run's status as the Experiments view names and orders it. */
import type { RunStatus } from '../../src-main/contract/run-status';

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

export { isActive as isActiveStatus, hasModel } from '../../src-main/contract/run-status';
