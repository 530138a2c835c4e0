/**
 * The `runs:*` events, routed by run. A run's first events (queued, running, its first epochs)
 * can arrive before the reply to `runs:start` that names it: events of a run nobody follows yet
 * are kept for a while and handed over, in order, to whoever follows it — so no caller has to
 * solve that race itself.
 */
import type { EventPayloads } from '../../src-main/contract/types';
import type { LabClient } from './lab-client';

type RunEventName = 'runs:progress' | 'runs:status' | 'runs:settings' | 'runs:snapshot';
const RUN_EVENTS: readonly RunEventName[] = [
  'runs:progress',
  'runs:status',
  'runs:settings',
  'runs:snapshot',
];

/** What a follower of one run hears. */
export interface RunHandlers {
  progress?(payload: EventPayloads['runs:progress']): void;
  status?(payload: EventPayloads['runs:status']): void;
  settings?(payload: EventPayloads['runs:settings']): void;
  snapshot?(payload: EventPayloads['runs:snapshot']): void;
}

type Held = { name: RunEventName; payload: EventPayloads[RunEventName] };

/** How long events of an unfollowed run are kept, and how many. */
const KEEP_MS = 30_000;
const KEEP_EVENTS = 2_000;

const HANDLER: Record<RunEventName, keyof RunHandlers> = {
  'runs:progress': 'progress',
  'runs:status': 'status',
  'runs:settings': 'settings',
  'runs:snapshot': 'snapshot',
};

export class RunEvents {
  private readonly followers = new Map<number, Set<RunHandlers>>();
  private readonly held = new Map<number, { since: number; events: Held[] }>();
  private readonly unsubscribe: (() => void)[];

  constructor(
    lab: LabClient,
    private readonly now: () => number = Date.now,
  ) {
    this.unsubscribe = RUN_EVENTS.map((name) =>
      lab.on(name, (payload) => this.route(name, payload)),
    );
  }

  /** Follows one run: first what it said before anyone followed it, then as it comes.
   * @returns a function that stops following */
  follow(experimentId: number, handlers: RunHandlers): () => void {
    const set = this.followers.get(experimentId) ?? new Set();
    set.add(handlers);
    this.followers.set(experimentId, set);
    const held = this.held.get(experimentId);
    this.held.delete(experimentId);
    for (const { name, payload } of held?.events ?? []) deliver(handlers, name, payload);
    return () => {
      set.delete(handlers);
      if (set.size === 0) this.followers.delete(experimentId);
    };
  }

  close(): void {
    this.unsubscribe.forEach((u) => u());
  }

  private route(name: RunEventName, payload: EventPayloads[RunEventName]): void {
    const id = payload.experimentId;
    const set = this.followers.get(id);
    if (set) {
      for (const handlers of set) deliver(handlers, name, payload);
      return;
    }
    this.hold(id, { name, payload });
  }

  private hold(id: number, event: Held): void {
    const now = this.now();
    for (const [other, entry] of this.held)
      if (now - entry.since > KEEP_MS) this.held.delete(other);
    const entry = this.held.get(id) ?? { since: now, events: [] };
    this.held.set(id, entry);
    // Only the newest picture matters: an older one waiting is replaced.
    if (event.name === 'runs:snapshot') {
      const i = entry.events.findIndex((e) => e.name === 'runs:snapshot');
      if (i >= 0) entry.events.splice(i, 1);
    }
    if (entry.events.length < KEEP_EVENTS) entry.events.push(event);
  }
}

function deliver(handlers: RunHandlers, name: RunEventName, payload: Held['payload']): void {
  const handler = handlers[HANDLER[name]] as ((p: Held['payload']) => void) | undefined;
  try {
    handler?.(payload);
  } catch (error) {
    console.error(`lab event ${name}: a follower failed:`, error);
  }
}
