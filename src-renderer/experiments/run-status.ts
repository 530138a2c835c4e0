/** A run's status as the Experiments view names and orders it. */
import { i18n } from '../i18n';
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

/** The words shown for a status in the chosen language ("done" reads as "finished"). */
export function statusLabel(status: RunStatus): string {
  return i18n.global.t(`experiments.status.${status}`);
}

export { isActive as isActiveStatus, hasModel } from '../../src-main/contract/run-status';
