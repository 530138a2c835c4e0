// Every call of the contract refuses malformed requests with 'invalid-request' (naming the
// field), never an exception, and passes valid ones to its handler.
import { describe, expect, it, vi } from 'vitest';
import { calls } from '../../../src-main/contract/calls';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented, type LabHandlers } from '../../../src-main/contract/handlers';
import { CALL_NAMES, type CallName } from '../../../src-main/contract/names';
import { ok, type Result } from '../../../src-main/contract/result';
import { SPEC, TRAINING, VALID } from './valid-requests';

/** Handlers that answer every call with the request they received. */
const echo = withNotImplemented(
  Object.fromEntries(
    CALL_NAMES.map((name) => [name, async (request: unknown) => ok(request)]),
  ) as Partial<LabHandlers>,
);

const run = (name: CallName, payload: unknown): Promise<Result<unknown>> =>
  dispatch(echo, name, payload, { host: 'local' });

async function expectInvalid(name: CallName, payload: unknown, mentions?: string | RegExp) {
  const result = await run(name, payload);
  expect(result.ok, `${name} accepted ${describeRequest(payload)}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid-request');
  expect(result.error.message.startsWith(`${name}: `)).toBe(true);
  expect(result.error.message.length).toBeLessThanOrEqual(2_000);
  if (mentions) expect(result.error.message).toMatch(mentions);
}

const HUGE = 'x'.repeat(1_000_000);

/** A short description of a request for a failure message (never the whole of a huge one). */
function describeRequest(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null) return String(payload);
  return `{ ${Object.entries(payload)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v.slice(0, 40) : typeof v}`)
    .join(', ')} }`;
}

type Shape = Record<string, { safeParse(v: unknown): { success: boolean } }>;

/** The schema of one top-level field of a call's request (of the valid example's variant,
 * for a call whose request is a union, such as datasets:upload's steps). */
const field = (name: CallName, key: string) => {
  const schema = calls[name] as unknown as { shape?: Shape; options?: { shape: Shape }[] };
  const variant =
    schema.shape ??
    schema.options!.find((o) => o.shape.step?.safeParse(VALID[name].step).success)!.shape;
  return variant[key];
};

describe('every call', () => {
  it('has a valid example here, which its handler receives', async () => {
    expect(Object.keys(VALID).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      const result = await run(name, VALID[name]);
      expect(result, name).toEqual({ ok: true, value: expect.anything() });
    }
  });

  describe.each(CALL_NAMES)('%s', (name) => {
    it('refuses requests that are not objects', async () => {
      for (const payload of [null, 'x', 42, true, [], [VALID[name]], NaN]) {
        await expectInvalid(name, payload);
      }
    });

    it('refuses unknown fields, `__proto__` included', async () => {
      const withProto = JSON.parse(`{"__proto__": {"polluted": true}}`) as object;
      await expectInvalid(name, { ...VALID[name], ...withProto }, /'__proto__'/);
      await expectInvalid(name, { ...VALID[name], extra: 1 }, /unexpected field 'extra'/);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    });

    it.each(Object.keys(VALID[name]))('refuses a wrong %s', async (key) => {
      for (const bad of [NaN, Infinity, -Infinity, null, { nested: {} }, [{}]]) {
        await expectInvalid(name, { ...VALID[name], [key]: bad }, new RegExp(`^${name}: ${key}`));
      }
      if (key !== 'content') await expectInvalid(name, { ...VALID[name], [key]: HUGE }, key);
      if (!field(name, key).safeParse(undefined).success) {
        const { [key]: _removed, ...rest } = VALID[name];
        await expectInvalid(name, rest, new RegExp(`${key}: missing`));
      }
    });
  });
});

describe('messages and limits', () => {
  it('names the field and what was expected', async () => {
    await expectInvalid(
      'datasets:get',
      { id: -1 },
      'datasets:get: id: expected a positive integer',
    );
    await expectInvalid(
      'datasets:get',
      { id: 1.5 },
      'datasets:get: id: expected a positive integer',
    );
    await expectInvalid(
      'datasets:get',
      { id: '1' },
      'datasets:get: id: expected a positive integer',
    );
    await expectInvalid(
      'datasets:get',
      { id: null },
      'datasets:get: id: expected a positive integer',
    );
    await expectInvalid(
      'datasets:get',
      {},
      'datasets:get: id: missing (expected a positive integer)',
    );
    await expectInvalid(
      'runs:start',
      { ...VALID['runs:start'], spec: { ...SPEC, layers: [{ units: 4, activation: 'swish' }] } },
      /^runs:start: spec\.layers\[0\]\.activation: expected one of 'linear'/,
    );
    await expectInvalid(
      'runs:start',
      {
        ...VALID['runs:start'],
        training: { ...TRAINING, optimizer: { name: 'sgd', momentum: 2 } },
      },
      'runs:start: training.optimizer.momentum: expected a number from 0 to',
    );
    await expectInvalid(
      'runs:start',
      { ...VALID['runs:start'], fromExperiment: 0 },
      'runs:start: fromExperiment: expected a positive integer',
    );
    await expectInvalid(
      'models:import',
      { ...VALID['models:import'], content: '{}' },
      'models:import: expected either content (text) or bytes, not both',
    );
    await expectInvalid(
      'models:import',
      { fileName: 'model.json', content: '{}' },
      'models:import: datasetId: missing (expected a positive integer)',
    );
  });

  it('runs the engine’s own checks on a network', async () => {
    const softmaxInside = {
      inputs: 2,
      layers: [
        { units: 3, activation: 'softmax' },
        { units: 1, activation: 'sigmoid' },
      ],
    };
    await expectInvalid(
      'designs:save',
      { name: 'x', spec: softmaxInside },
      /softmax belongs on the output layer/,
    );
    const huge = { inputs: 65_536, layers: [{ units: 65_536, activation: 'relu' }] };
    await expectInvalid('designs:save', { name: 'x', spec: huge }, /at most 20,000,000/);
    const deep = {
      inputs: 2,
      layers: Array.from({ length: 65 }, () => ({ units: 2, activation: 'relu' })),
    };
    await expectInvalid('designs:save', { name: 'x', spec: deep }, /at most 64 items/);
    await expectInvalid(
      'designs:save',
      { name: 'x', spec: { inputs: 2, layers: [] } },
      /at least one layer/,
    );
  });

  it('keeps strings, lists and numbers within their limits', async () => {
    await expectInvalid(
      'experiments:setNotes',
      { id: 1, notes: 'n'.repeat(100_001) },
      /notes: expected at most 100,000/,
    );
    expect((await run('experiments:setNotes', { id: 1, notes: 'n'.repeat(100_000) })).ok).toBe(
      true,
    );
    await expectInvalid('experiments:compare', { ids: [1] }, /at least 2/);
    await expectInvalid(
      'experiments:compare',
      { ids: Array.from({ length: 101 }, (_, i) => i + 1) },
      /at most 100/,
    );
    await expectInvalid('designs:rename', { id: 1, name: '   ' }, /non-empty name/);
    await expectInvalid('runs:watch', { experimentId: 1, perSecond: 61 }, /perSecond/);
    await expectInvalid(
      'runs:watch',
      {
        experimentId: 1,
        perSecond: 1,
        surface: { box: { xMin: 1, xMax: 0, yMin: 0, yMax: 1 }, n: 10, withHidden: false },
      },
      /surface\.box: expected a box/,
    );
    await expectInvalid(
      'runs:watch',
      {
        ...VALID['runs:watch'],
        surface: { box: { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }, n: 201, withHidden: false },
      },
      /surface\.n/,
    );
    await expectInvalid('runs:setLearningRate', { experimentId: 1, rate: 0 }, /rate/);
    await expectInvalid(
      'datasets:generate',
      { name: 'circle', split: { train: 0.5, validation: 0.1, test: 0.1 } },
      /adding up to 1/,
    );
    await expectInvalid('datasets:generate', { name: '../etc' }, /name/);
  });

  it('takes a file as text of at most 50 MiB, as bytes, or as an upload, one of them', async () => {
    const base = { fileName: 'a.csv' };
    await expectInvalid(
      'datasets:preview',
      base,
      /exactly one of content \(text\), bytes or uploadId/,
    );
    await expectInvalid(
      'datasets:preview',
      { ...base, content: 'a', bytes: new Uint8Array(1) },
      /exactly one of content/,
    );
    await expectInvalid(
      'datasets:preview',
      { ...base, content: 'a', uploadId: 'u' },
      /exactly one/,
    );
    expect((await run('datasets:preview', { ...base, bytes: new Uint8Array([97, 10]) })).ok).toBe(
      true,
    );
    await expectInvalid(
      'datasets:preview',
      { ...base, content: 'x'.repeat(50 * 1024 * 1024 + 1) },
      /content: expected at most/,
    );
    await expectInvalid(
      'datasets:preview',
      { ...base, bytes: new Uint8Array(50 * 1024 * 1024 + 1) },
      /bytes: expected at most/,
    );
    await expectInvalid('datasets:preview', { ...base, bytes: [97, 10] }, /bytes: expected bytes/);
  });

  it('lets a column be called __proto__ (roles are a list, not an object)', async () => {
    const request = {
      ...VALID['datasets:import'],
      roles: [{ column: '__proto__', role: 'target' }],
    };
    const result = await run('datasets:import', request);
    expect(result).toMatchObject({
      ok: true,
      value: { roles: [{ column: '__proto__', role: 'target' }] },
    });
  });

  it('drops a `__proto__` key from generator parameters', async () => {
    const params = JSON.parse('{"count": 10, "__proto__": {"polluted": 1}}') as object;
    const result = await run('datasets:generate', { name: 'xor', params });
    expect(result.ok).toBe(true);
    const value = (result as { value: { params: object } }).value;
    expect(Object.getOwnPropertyNames(value.params)).toEqual(['count']);
    expect(Object.getPrototypeOf(value.params)).not.toHaveProperty('polluted');
  });

  it('hands the handler the validated request (trimmed names), not the raw one', async () => {
    const handler = vi.fn(async () => ok(null as never));
    const handlers = withNotImplemented({ 'designs:rename': handler });
    await dispatch(handlers, 'designs:rename', { id: 2, name: '  new  ' }, { host: 'electron' });
    expect(handler).toHaveBeenCalledWith({ id: 2, name: 'new' }, { host: 'electron' });
  });
});
