/**
 * Calls a page makes as it goes away (pagehide) and must arrive although the page cannot wait
 * for the reply: a run deleted with "Undo" still offered is deleted when the window closes.
 * A WebSocket message sent then may be dropped with the page, so the local host also takes
 * these as a beacon (an HTTP POST the browser delivers after the page is gone); the page sends
 * both, so each call here must take a second arrival as done (a delete finds the run gone).
 * Only calls that finish what the person already did belong here.
 */
import type { CallName } from './names';

export const LEAVE_CALLS = ['experiments:delete'] as const satisfies readonly CallName[];

export type LeaveCall = (typeof LEAVE_CALLS)[number];

export function isLeaveCall(name: unknown): name is LeaveCall {
  return (LEAVE_CALLS as readonly unknown[]).includes(name);
}
