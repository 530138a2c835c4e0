/**
 * Following runs from components and stores: `useRunEvents()` is the page's one router of
 * `runs:*` events (created on first use, before any run is started from the page, so that
 * a run's first events are kept until its id is known); `useRun(id, handlers)` follows one
 * run for as long as the calling component lives.
 */
import { getCurrentScope, onScopeDispose } from 'vue';
import { useLab } from './index';
import { RunEvents, type RunHandlers } from './run-events';

let shared: RunEvents | undefined;

/** The page's router of run events. */
export function useRunEvents(): RunEvents {
  shared ??= new RunEvents(useLab());
  return shared;
}

/** Follows one run; stops when the calling scope (component, effect) ends, or when called. */
export function useRun(experimentId: number, handlers: RunHandlers): () => void {
  const stop = useRunEvents().follow(experimentId, handlers);
  if (getCurrentScope()) onScopeDispose(stop);
  return stop;
}

export type { RunHandlers };
