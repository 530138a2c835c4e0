import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import {
  createEventHub,
  withNotImplemented,
  type LabEvent,
} from '../../../src-main/contract/handlers';
import { fail, ok } from '../../../src-main/contract/result';
import { DatasetImportError } from '../../../src-main/datasets/import-error';
import { LessonError } from '../../../src-main/lessons/lesson-error';
import { StoreError } from '../../../src-main/store/store-error';

const context = { host: 'local' } as const;

afterEach(() => vi.restoreAllMocks());

describe('dispatch', () => {
  it.each([
    ['datasets:frobnicate', "unknown call 'datasets:frobnicate'"],
    ['__proto__', "unknown call '__proto__'"],
    ['toString', "unknown call 'toString'"],
    ['constructor', "unknown call 'constructor'"],
    [42, 'unknown call (a number)'],
    [undefined, 'no call named: expected { id, call: "domain:verb", payload }'],
  ])('answers unknown-call for %s', async (name, message) => {
    const result = await dispatch(withNotImplemented({}), name, {}, context);
    expect(result).toEqual({ ok: false, error: { code: 'unknown-call', message } });
  });

  it('clips a long unknown name', async () => {
    const result = await dispatch(withNotImplemented({}), 'x'.repeat(100_000), {}, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
  });

  it('answers internal with the message of a handler that throws or rejects', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const throwing = withNotImplemented({
      'app:info': () => {
        throw new Error('disk on fire');
      },
      'datasets:list': async () => Promise.reject(new TypeError('no table')),
      'designs:list': async () => {
        throw 'a string';
      },
    });
    expect(await dispatch(throwing, 'app:info', {}, context)).toEqual(
      fail('internal', 'app:info: disk on fire'),
    );
    expect(await dispatch(throwing, 'datasets:list', undefined, context)).toEqual(
      fail('internal', 'datasets:list: no table'),
    );
    expect(await dispatch(throwing, 'designs:list', {}, context)).toEqual(
      fail('internal', 'designs:list: a string'),
    );
  });

  it("answers a ServiceError's own code and message, whichever service raised it, without logging", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const raising = withNotImplemented({
      'app:info': () => {
        throw new StoreError('storage', 'the disk holding /data is full', {
          key: 'store.fault.full',
          params: { disk: '/data' },
        });
      },
      'datasets:list': async () =>
        Promise.reject(new DatasetImportError('bad-json', 'a.json', 'not JSON', { row: 3 })),
      'designs:list': async () => {
        throw new LessonError('not-a-lesson', 'x.nnlab is not a Neuron Lab lesson');
      },
    });
    expect(await dispatch(raising, 'app:info', {}, context)).toEqual(
      fail('storage', 'the disk holding /data is full', {
        key: 'store.fault.full',
        params: { disk: '/data' },
      }),
    );
    expect(await dispatch(raising, 'datasets:list', {}, context)).toEqual(
      fail('bad-json', 'a.json: row 3: not JSON'),
    );
    expect(await dispatch(raising, 'designs:list', {}, context)).toEqual(
      fail('not-a-lesson', 'x.nnlab is not a Neuron Lab lesson'),
    );
    expect(logged).not.toHaveBeenCalled();
  });

  it('turns a malformed handler answer into internal, and keeps only code and message', async () => {
    const odd = withNotImplemented({
      'app:info': async () => undefined as never,
      'datasets:list': async () =>
        ({ ok: false, error: { code: 'not-found', message: 'gone', stack: 'x' } }) as never,
    });
    expect(await dispatch(odd, 'app:info', {}, context)).toEqual(
      fail('internal', 'app:info: the handler returned no result'),
    );
    expect(await dispatch(odd, 'datasets:list', {}, context)).toEqual(fail('not-found', 'gone'));
  });

  it('passes the value of a successful call through and treats a missing payload as {}', async () => {
    const handlers = withNotImplemented({ 'datasets:list': async () => ok([]) });
    expect(await dispatch(handlers, 'datasets:list', undefined, context)).toEqual(ok([]));
  });

  it('answers not-implemented for calls without a service yet', async () => {
    const result = await dispatch(
      withNotImplemented({}),
      'runs:rerun',
      { experimentId: 1 },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-implemented' } });
  });
});

describe('event hub', () => {
  it('delivers events to every subscriber until it unsubscribes; a failing one does not stop others', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const hub = createEventHub();
    const seen: LabEvent[] = [];
    hub.subscribe(() => {
      throw new Error('bad listener');
    });
    const stop = hub.subscribe((event) => seen.push(event));
    hub.emit('runs:status', { experimentId: 1, status: 'running' });
    stop();
    hub.emit('runs:status', { experimentId: 1, status: 'done' });
    expect(seen).toEqual([
      { name: 'runs:status', payload: { experimentId: 1, status: 'running' } },
    ]);
  });
});
