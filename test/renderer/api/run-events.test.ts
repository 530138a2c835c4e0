import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../src-main/contract/names';
import type { LabClient } from '../../../src-renderer/api/lab-client';
import { RunEvents } from '../../../src-renderer/api/run-events';

/** A client whose events the test emits by hand. */
function fakeClient() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const client = {
    transport: 'socket',
    call: () => Promise.reject(new Error('not used')),
    on(event: EventName, listener: (payload: never) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    close() {},
  } as unknown as LabClient;
  const emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((l) => l(payload));
  return { client, emit };
}

const progress = (id: number, epoch: number) => ({
  experimentId: id,
  epochs: [{ epoch, step: epoch, loss: 1, learningRate: 0.1, millis: 1 }],
  batch: null,
  at: epoch,
});

describe('RunEvents', () => {
  it("hands a run's earlier events, in order, to whoever follows it later", () => {
    const { client, emit } = fakeClient();
    const events = new RunEvents(client);
    emit('runs:status', { experimentId: 7, status: 'queued' });
    emit('runs:progress', progress(7, 1));
    emit('runs:status', { experimentId: 7, status: 'running' });
    emit('runs:progress', progress(8, 1)); // another run's
    const seen: string[] = [];
    events.follow(7, {
      status: (p) => seen.push(`status ${p.status}`),
      progress: (p) => seen.push(`epoch ${p.epochs[0].epoch}`),
    });
    emit('runs:progress', progress(7, 2));
    expect(seen).toEqual(['status queued', 'epoch 1', 'status running', 'epoch 2']);
  });

  it('keeps only the newest picture of a run not yet followed', () => {
    const { client, emit } = fakeClient();
    const events = new RunEvents(client);
    emit('runs:snapshot', { experimentId: 3, snapshot: { epoch: 1 } });
    emit('runs:snapshot', { experimentId: 3, snapshot: { epoch: 2 } });
    const pictures: number[] = [];
    events.follow(3, { snapshot: (p) => pictures.push(p.snapshot.epoch) });
    expect(pictures).toEqual([2]);
  });

  it('forgets events of runs nobody followed for a while, and stops when asked', () => {
    const { client, emit } = fakeClient();
    let now = 0;
    const events = new RunEvents(client, () => now);
    emit('runs:status', { experimentId: 1, status: 'queued' });
    now = 31_000;
    emit('runs:status', { experimentId: 2, status: 'queued' }); // holding this drops run 1's
    const seen: number[] = [];
    const stop = events.follow(1, { status: (p) => seen.push(p.experimentId) });
    expect(seen).toEqual([]);
    emit('runs:status', { experimentId: 1, status: 'running' });
    stop();
    emit('runs:status', { experimentId: 1, status: 'done' });
    expect(seen).toEqual([1]);
  });

  it('a follower that throws does not stop the others', () => {
    const { client, emit } = fakeClient();
    const events = new RunEvents(client);
    const seen: string[] = [];
    events.follow(5, {
      status: () => {
        throw new Error('broken view');
      },
    });
    events.follow(5, { status: (p) => seen.push(p.status) });
    const original = console.error;
    console.error = () => undefined;
    try {
      emit('runs:status', { experimentId: 5, status: 'paused' });
    } finally {
      console.error = original;
    }
    expect(seen).toEqual(['paused']);
  });
});
