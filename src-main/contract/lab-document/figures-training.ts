/**
 * The figure kinds of the training labs: one sigmoid neuron, the squared-error and
 * cross-entropy gradients, learning-rate schedules, batch size.
 */
import { z } from 'zod';
import { generate } from '../../../src-engine/data/generators';
import { LOSS_NAMES } from '../../../src-engine/losses/loss';
import { problemOf } from '../../../src-engine/core/engine-error';
import { specProblems, type NetworkSpec } from '../../../src-engine/network/spec';
import { figureKind } from './figure-kind';
import { generated, int, list, num, oneOf, pair, record, seed, ON_OBJECTS, shaped } from './fields';

/** Largest m the batch calculator accepts (the engine's BatchSource is built over m rows). */
export const MAX_SAMPLES = 1_000_000;

/** Problems with m and K, in words naming the field; empty when both are usable. */
export function planProblems(m: number, K: number): string[] {
  const out: string[] = [];
  if (!Number.isInteger(m) || m < 1 || m > MAX_SAMPLES)
    out.push(`m (training samples) must be a whole number from 1 to ${MAX_SAMPLES}`);
  if (!Number.isInteger(K) || K < 1) out.push('K (batch size) must be a whole number ≥ 1');
  else if (Number.isInteger(m) && K > m) out.push(`K (batch size) cannot exceed m = ${m}`);
  return out;
}

const sigmoidNeuron = record({
  mode: oneOf(['regression', 'classification']),
  points: list(pair('must be [x, t] with x from -100 to 100'), 2, 8),
  weights: pair('must be [w0, w1], numbers from -50 to 50', false, -50, 50),
  learningRate: num(1e-4, 100),
  /** The plot shows x from xRange[0] to xRange[1]. */
  xRange: pair('must be [low, high] with low < high, within ±100', true, -100, 100),
  /** When set, this gradient's value is hidden and the student enters it. */
  ask: oneOf(['w0', 'w1']).optional(),
  /** how many steps the figure's run button takes (default 100) */
  runSteps: int(1, 1000).optional(),
}).superRefine((s, ctx) => {
  if (!Array.isArray(s.points)) return;
  s.points.forEach((q, i) => {
    if (!Array.isArray(q)) return;
    const [x, t] = q;
    const classes = s.mode === 'classification';
    if (Math.abs(x) > 100)
      ctx.addIssue({
        code: 'custom',
        path: ['points', i],
        message: 'must be [x, t] with x from -100 to 100',
      });
    else if (classes ? t !== 0 && t !== 1 : !(t >= 0 && t <= 1))
      ctx.addIssue({
        code: 'custom',
        path: ['points', i],
        message: classes
          ? 't must be 0 or 1'
          : 't must be from 0 to 1 (a sigmoid cannot reach beyond)',
      });
  });
}, ON_OBJECTS);

const lossGradients = record({
  target: z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }),
  /** z runs from −range to range */
  range: num(1, 30),
  z: num(-30, 30),
});

/** The samples of a generated dataset, or none when it cannot be generated. */
function samplesOf(d: unknown): number {
  try {
    const { name, params } = d as { name: string; params: Record<string, number> };
    return generate(name, params, 'float64').m;
  } catch {
    return Infinity;
  }
}

/** What every compared run shares (the schedule and batch-size labs). */
const compareBase = {
  dataset: generated(),
  network: shaped<NetworkSpec>((n) => typeof n === 'object' && n !== null && !Array.isArray(n), {
    error: 'must be { inputs, layers }',
  }),
  loss: oneOf(LOSS_NAMES),
  epochs: int(1, 100),
  seed: seed(),
};

/** The network must be valid and fit the (small) dataset. */
function checkBase(s: { dataset: unknown; network: NetworkSpec }, ctx: z.RefinementCtx): void {
  if (typeof s.network !== 'object' || s.network === null) return;
  const problems = specProblems(s.network);
  // the engine's code and values go along, so the problem is said in the reader's language
  for (const { code, values, message } of problems)
    ctx.addIssue({
      code: 'custom',
      path: ['network'],
      message,
      params: { engine: code, ...values },
    });
  const d = s.dataset as { name?: unknown; params?: unknown } | null;
  if (typeof d?.name !== 'string' || typeof d.params !== 'object') return;
  try {
    const data = generate(d.name, d.params as Record<string, number>, 'float64');
    if (data.m > 500)
      ctx.addIssue({
        code: 'custom',
        path: ['dataset', 'params', 'count'],
        message: 'at most 500 samples (runs are instant)',
        params: { id: 'instantSamples', max: 500 },
      });
    const net = s.network;
    if (
      !problems.length &&
      (data.inputs !== net.inputs || data.outputs !== net.layers[net.layers.length - 1].units)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['network'],
        message: `must take ${data.inputs} inputs and give ${data.outputs} outputs, as the dataset has`,
        params: { id: 'networkFits', inputs: data.inputs, outputs: data.outputs },
      });
  } catch (error) {
    const problem = problemOf(error);
    const params = problem ? { engine: problem.code, ...problem.values } : undefined;
    ctx.addIssue({ code: 'custom', path: ['dataset'], message: (error as Error).message, params });
  }
}

const scheduleCompare = record({
  ...compareBase,
  constantRate: num(1e-6, 10),
  c1: num(1e-4, 1000),
  c2: num(1, 10_000),
  batchSize: int(1, 500),
  /** slider ends */
  c1Max: num(1e-3, 1000),
  c2Max: num(1, 10_000),
}).superRefine((s, ctx) => {
  checkBase(s, ctx);
  const within = (key: 'c1' | 'c2' | 'batchSize', max: number, what: string) => {
    if (s[key] > max)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `must be at most ${what}, got ${s[key]}`,
      });
  };
  within('c1', s.c1Max, `c1Max (${s.c1Max})`);
  within('c2', s.c2Max, `c2Max (${s.c2Max})`);
  const m = samplesOf(s.dataset);
  within('batchSize', m, `the ${m} samples`);
}, ON_OBJECTS);

const batchCompare = record({
  ...compareBase,
  learningRate: num(1e-6, 10),
  miniBatch: int(2, 499),
}).superRefine((s, ctx) => {
  checkBase(s, ctx);
  const m = samplesOf(s.dataset);
  if (Number.isFinite(m) && s.miniBatch > m - 1)
    ctx.addIssue({
      code: 'custom',
      path: ['miniBatch'],
      message: `must be a whole number from 2 to ${m - 1} (fewer than the ${m} samples), got ${s.miniBatch}`,
    });
}, ON_OBJECTS);

const batchCalculator = record({ m: z.number(), K: z.number(), epochs: int(1, 1000) }).superRefine(
  (s, ctx) => {
    for (const message of planProblems(s.m, s.K))
      ctx.addIssue({ code: 'custom', path: [message.startsWith('m') ? 'm' : 'K'], message });
  },
  ON_OBJECTS,
);

export const TRAINING_FIGURES = {
  'sigmoid-neuron': figureKind('One sigmoid neuron', ['weights', 'learningRate'], sigmoidNeuron),
  'loss-gradients': figureKind('Squared error and cross-entropy gradients', [], lossGradients),
  'schedule-compare': figureKind(
    'Constant and decreasing learning rates',
    ['c1', 'c2'],
    scheduleCompare,
  ),
  'batch-compare': figureKind(
    'Stochastic, mini-batch and batch gradient descent',
    ['miniBatch'],
    batchCompare,
  ),
  'batch-calculator': figureKind('Epochs and batches', ['m', 'K'], batchCalculator),
};

export type SigmoidNeuronSetup = z.infer<typeof sigmoidNeuron>;
export type LossGradientsSetup = z.infer<typeof lossGradients>;
export type CompareBase = z.infer<z.ZodObject<typeof compareBase>>;
export type ScheduleCompareSetup = z.infer<typeof scheduleCompare>;
export type BatchCompareSetup = z.infer<typeof batchCompare>;
export type BatchCalculatorSetup = z.infer<typeof batchCalculator>;
