/**
 * The figure kinds of the training labs: one sigmoid neuron, the squared-error and
 * cross-entropy gradients, learning-rate schedules, batch size.
 */
import { z } from 'zod';
import { generate } from '../../../src-engine/data/generators';
import { LOSS_NAMES } from '../../../src-engine/losses/loss';
import { specProblems, type NetworkSpec } from '../../../src-engine/network/spec';
import { engineIssue } from './engine-issue';
import { figureKind } from './figure-kind';
import { generatorProblem } from './generator-problem';
import {
  generated,
  int,
  list,
  num,
  oneOf,
  pair,
  record,
  seed,
  targetIs,
  ON_OBJECTS,
  shaped,
} from './fields';
import { said, type Said } from './setup-issues';

/** Largest m the batch calculator accepts (the engine's BatchSource is built over m rows). */
export const MAX_SAMPLES = 1_000_000;

/** Problems with m and K, each with the field it is about, its words and its id. */
export function planIssues(m: number, K: number): (Said & { path: 'm' | 'K' })[] {
  const out: (Said & { path: 'm' | 'K' })[] = [];
  if (!Number.isInteger(m) || m < 1 || m > MAX_SAMPLES)
    out.push({
      path: 'm',
      ...said('planM', `m (training samples) must be a whole number from 1 to ${MAX_SAMPLES}`, {
        max: MAX_SAMPLES,
      }),
    });
  if (!Number.isInteger(K) || K < 1)
    out.push({ path: 'K', ...said('planK', 'K (batch size) must be a whole number ≥ 1') });
  else if (Number.isInteger(m) && K > m)
    out.push({
      path: 'K',
      ...said('planKm', `K (batch size) cannot exceed m = ${m}`, { limit: m }),
    });
  return out;
}

/** Problems with m and K, in words naming the field; empty when both are usable. */
export const planProblems = (m: number, K: number): string[] =>
  planIssues(m, K).map((p) => p.message);

const pointXT = said('pointXT', 'must be [x, t] with x from -100 to 100');

const sigmoidNeuron = record({
  mode: oneOf(['regression', 'classification']),
  points: list(pair(pointXT), 2, 8),
  weights: pair(said('weights2', 'must be [w0, w1], numbers from -50 to 50'), false, -50, 50),
  learningRate: num(1e-4, 100),
  /** The plot shows x from xRange[0] to xRange[1]. */
  xRange: pair(said('xRange', 'must be [low, high] with low < high, within ±100'), true, -100, 100),
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
    if (Math.abs(x) > 100) ctx.addIssue({ code: 'custom', path: ['points', i], ...pointXT });
    else if (classes ? t !== 0 && t !== 1 : !(t >= 0 && t <= 1))
      ctx.addIssue({
        code: 'custom',
        path: ['points', i],
        ...(classes
          ? targetIs([0, 1])
          : said('targetFraction', 't must be from 0 to 1 (a sigmoid cannot reach beyond)')),
      });
  });
}, ON_OBJECTS);

const lossGradients = record({
  target: shaped<0 | 1>((t) => t === 0 || t === 1, {
    error: 'must be 0 or 1',
    params: { id: 'zeroOrOne' },
  }),
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
    params: { id: 'network' },
  }),
  loss: oneOf(LOSS_NAMES),
  epochs: int(1, 100),
  seed: seed(),
};

/** The network must be valid and fit the (small) dataset. */
function checkBase(s: { dataset: unknown; network: NetworkSpec }, ctx: z.RefinementCtx): void {
  if (typeof s.network !== 'object' || s.network === null) return;
  const problems = specProblems(s.network);
  for (const problem of problems)
    ctx.addIssue({ code: 'custom', path: ['network'], ...engineIssue(problem) });
  const d = s.dataset as { name?: unknown; params?: unknown } | null;
  if (typeof d?.name !== 'string' || typeof d.params !== 'object') return;
  try {
    const data = generate(d.name, d.params as Record<string, number>, 'float64');
    if (data.m > 500)
      ctx.addIssue({
        code: 'custom',
        path: ['dataset', 'params', 'count'],
        ...said('tooManySamples', 'at most 500 samples (runs are instant)', { max: 500 }),
      });
    const net = s.network;
    if (
      !problems.length &&
      (data.inputs !== net.inputs || data.outputs !== net.layers[net.layers.length - 1].units)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['network'],
        ...said(
          'networkFits',
          `must take ${data.inputs} inputs and give ${data.outputs} outputs, as the dataset has`,
          { inputs: data.inputs, outputs: data.outputs },
        ),
      });
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['dataset'], ...generatorProblem(d.name, error) });
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
  const within = (key: 'c1' | 'c2' | 'batchSize', max: number, problem: Said) => {
    if (s[key] > max) ctx.addIssue({ code: 'custom', path: [key], ...problem });
  };
  const field = (key: 'c1' | 'c2', name: 'c1Max' | 'c2Max') =>
    said('atMostField', `must be at most ${name} (${s[name]}), got ${s[key]}`, {
      field: name,
      limit: s[name],
    });
  within('c1', s.c1Max, field('c1', 'c1Max'));
  within('c2', s.c2Max, field('c2', 'c2Max'));
  const m = samplesOf(s.dataset);
  within(
    'batchSize',
    m,
    said('atMostSamples', `must be at most the ${m} samples, got ${s.batchSize}`, { limit: m }),
  );
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
      ...said(
        'miniBatch',
        `must be a whole number from 2 to ${m - 1} (fewer than the ${m} samples), got ${s.miniBatch}`,
        { max: m - 1, limit: m },
      ),
    });
}, ON_OBJECTS);

const batchCalculator = record({ m: z.number(), K: z.number(), epochs: int(1, 1000) }).superRefine(
  (s, ctx) => {
    for (const { path, ...problem } of planIssues(s.m, s.K))
      ctx.addIssue({ code: 'custom', path: [path], ...problem });
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
