/** The figure kinds of the last two labs: the loss on one-hot targets, the delta recursion. */
import { z } from 'zod';
import { figureKind } from './figure-kind';
import { checkedBy, list, num, record, ON_OBJECTS, shaped } from './fields';
import { said } from './setup-issues';

/** Units per layer of the delta-recursion network, inputs first. */
export const DELTA_LAYERS = [2, 2, 2, 1] as const;

const within = (v: unknown, lim: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= lim;
const matrixOf = (v: unknown, rows: number, cols: number, lim: number): boolean =>
  Array.isArray(v) &&
  v.length === rows &&
  v.every((row) => Array.isArray(row) && row.length === cols && row.every((x) => within(x, lim)));

/** What the student predicts: the batch's loss, or one gradient ∂L/∂z (1-based). */
const askLoss = z.object({ kind: z.literal('loss') });
const askGradient = z.object({ kind: z.literal('gradient'), example: z.int(), class: z.int() });
const notAnAsk = shaped<never>(() => false, {
  error: "must be { kind: 'loss' } or { kind: 'gradient', example, class }",
  params: { id: 'batchAsk' },
});
/** checked by the shape its kind picks, so a wrong field is named in it */
const batchAsk = checkedBy<z.infer<typeof askLoss | typeof askGradient>>((a) => {
  const kind = typeof a === 'object' && a !== null ? (a as { kind?: unknown }).kind : undefined;
  return kind === 'loss' ? askLoss : kind === 'gradient' ? askGradient : notAnAsk;
});

const batchLoss = record({
  /** [K][C] */
  scores: shaped<number[][]>(
    (z) =>
      Array.isArray(z) &&
      z.length >= 1 &&
      z.length <= 8 &&
      Array.isArray(z[0]) &&
      z[0].length >= 2 &&
      z[0].length <= 6 &&
      matrixOf(z, z.length, z[0].length, 50),
    { error: 'must be 1 to 8 rows of 2 to 6 scores, all rows alike', params: { id: 'scoreRows' } },
  ),
  /** [K], each 1…C */
  labels: list(z.int()),
  ask: batchAsk,
}).superRefine((s, ctx) => {
  if (!Array.isArray(s.scores) || !Array.isArray(s.scores[0])) return;
  const K = s.scores.length;
  const C = s.scores[0].length;
  if (!Array.isArray(s.labels) || s.labels.length !== K || !s.labels.every((c) => c >= 1 && c <= C))
    ctx.addIssue({
      code: 'custom',
      path: ['labels'],
      ...said('labelsPerRow', `must be one class from 1 to ${C} per row`, { max: C }),
    });
  if (s.ask?.kind !== 'gradient') return;
  if (!(s.ask.example >= 1 && s.ask.example <= K))
    ctx.addIssue({
      code: 'custom',
      path: ['ask', 'example'],
      ...said('example', `must be an example from 1 to ${K}`, { max: K }),
    });
  if (!(s.ask.class >= 1 && s.ask.class <= C))
    ctx.addIssue({
      code: 'custom',
      path: ['ask', 'class'],
      ...said('classIndex', `must be a class from 1 to ${C}`, { max: C }),
    });
}, ON_OBJECTS);

const L = DELTA_LAYERS.length - 1;

const deltaNetwork = record({
  x: shaped<number[]>((x) => matrixOf([x], 1, DELTA_LAYERS[0], 10), {
    error: `must be ${DELTA_LAYERS[0]} inputs from −10 to 10`,
    params: { id: 'deltaX', n: DELTA_LAYERS[0] },
  }),
  y: num(-10, 10),
  /** W[l][i][j]: from unit i of layer l to unit j of layer l + 1 (l from 0, the inputs) */
  W: shaped<number[][][]>(
    (W) =>
      Array.isArray(W) &&
      W.length === L &&
      W.every((m, l) => matrixOf(m, DELTA_LAYERS[l], DELTA_LAYERS[l + 1], 10)),
    {
      error: `must be the weights of a ${DELTA_LAYERS.join('-')} network, [layer][from][to]`,
      params: { id: 'deltaW', layers: DELTA_LAYERS.join('-') },
    },
  ),
  /** b[l][j]: the bias w_0j of unit j of layer l + 1 */
  b: shaped<number[][]>(
    (b) =>
      Array.isArray(b) &&
      b.length === L &&
      b.every((row, l) => matrixOf([row], 1, DELTA_LAYERS[l + 1], 10)),
    { error: 'must be the biases of each layer, [layer][unit]', params: { id: 'deltaB' } },
  ),
  /** units "layer-unit" (both from 1) whose δ the student must predict before it is shown */
  ask: shaped<string[]>(
    (a) =>
      Array.isArray(a) &&
      a.length > 0 &&
      a.every((u) => typeof u === 'string' && /^\d-\d$/.test(u)),
    { error: 'must list units as "layer-unit", e.g. ["1-1"]', params: { id: 'deltaAsk' } },
  ),
});

export const BACKPROP_FIGURES = {
  'batch-loss': figureKind('Softmax and cross-entropy on a batch', [], batchLoss),
  'delta-network': figureKind('The delta recursion through L layers', [], deltaNetwork),
};

export type BatchAsk = z.infer<typeof batchAsk>;
export type BatchLossSetup = z.infer<typeof batchLoss>;
export type ScoreBatch = Pick<BatchLossSetup, 'scores' | 'labels'>;
export type DeltaNetworkSetup = z.infer<typeof deltaNetwork>;
