/**
 * The figure kinds of the training labs (one sigmoid neuron, learning-rate schedules, batch size):
 * their setups and setup checks. figure-kinds.ts spreads them into its registry.
 */
import { validateSpec, type NetworkSpec } from '../../../src-engine/network/spec';
import { isLossName } from '../../../src-engine/losses/registry';
import type { LossName } from '../../../src-engine/losses/loss';
import type { FieldProblem } from '../problems';
import { planProblems } from './batch-arithmetic';
import type { NeuronMode, NeuronParam, NeuronWeights, XT } from './sigmoid-neuron';
import { datasetOf, type GeneratedData } from './training-runs';

/** Setup of 'sigmoid-neuron': h(x) = σ(w0 + w1·x) fitted to points [x, t]. */
export interface SigmoidNeuronSetup {
  mode: NeuronMode;
  points: XT[];
  weights: NeuronWeights;
  learningRate: number;
  /** The plot shows x from xRange[0] to xRange[1]. */
  xRange: [number, number];
  /** When set, this gradient's value is hidden and the student enters it. */
  ask?: NeuronParam;
  /** how many steps the figure's run button takes (default 100) */
  runSteps?: number;
}

/** Setup of 'loss-gradients': one sigmoid output and its target, probed at z. */
export interface LossGradientsSetup {
  target: 0 | 1;
  z: number;
  /** z runs from −range to range */
  range: number;
}

/** What every compared run shares (the schedule and batch-size labs). */
export interface CompareBase {
  dataset: GeneratedData;
  network: NetworkSpec;
  loss: LossName;
  epochs: number;
  seed: number;
}

/** Setup of 'schedule-compare': constant α against α_k = c1/(k + c2), K fixed. */
export interface ScheduleCompareSetup extends CompareBase {
  constantRate: number;
  c1: number;
  c2: number;
  batchSize: number;
  /** slider ends */
  c1Max: number;
  c2Max: number;
}

/** Setup of 'batch-compare': K = 1, K = miniBatch and K = m at one rate. */
export interface BatchCompareSetup extends CompareBase {
  learningRate: number;
  miniBatch: number;
}

/** Setup of 'batch-calculator': m samples cut into batches of K, over some epochs. */
export interface BatchCalculatorSetup {
  m: number;
  K: number;
  epochs: number;
}

const finite = (v: unknown, min = -1e6, max = 1e6): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

function number(
  out: FieldProblem[],
  s: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  integer = false,
): void {
  const v = s[key];
  if (!finite(v, min, max) || (integer && !Number.isInteger(v)))
    out.push({
      path: key,
      message: `must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(v)}`,
    });
}

function neuron(out: FieldProblem[], s: Record<string, unknown>): void {
  const mode = s.mode;
  if (mode !== 'regression' && mode !== 'classification')
    out.push({ path: 'mode', message: "must be 'regression' or 'classification'" });
  const p = s.points;
  if (!Array.isArray(p) || p.length < 2 || p.length > 8) {
    out.push({ path: 'points', message: 'must be 2 to 8 points [x, t]' });
  } else {
    p.forEach((q, i) => {
      const ok = Array.isArray(q) && q.length === 2 && finite(q[0], -100, 100);
      const t = ok ? (q[1] as number) : NaN;
      if (!ok)
        out.push({ path: `points[${i}]`, message: 'must be [x, t] with x from -100 to 100' });
      else if (mode === 'classification' ? t !== 0 && t !== 1 : !finite(t, 0, 1))
        out.push({
          path: `points[${i}]`,
          message:
            mode === 'classification'
              ? 't must be 0 or 1'
              : 't must be from 0 to 1 (a sigmoid cannot reach beyond)',
        });
    });
  }
  const w = s.weights;
  if (!Array.isArray(w) || w.length !== 2 || !w.every((v) => finite(v, -50, 50)))
    out.push({ path: 'weights', message: 'must be [w0, w1], numbers from -50 to 50' });
  number(out, s, 'learningRate', 1e-4, 100);
  const r = s.xRange;
  if (
    !Array.isArray(r) ||
    r.length !== 2 ||
    !r.every((v) => finite(v, -100, 100)) ||
    !(r[0] < r[1])
  )
    out.push({ path: 'xRange', message: 'must be [low, high] with low < high, within ±100' });
  if (s.ask !== undefined && s.ask !== 'w0' && s.ask !== 'w1')
    out.push({ path: 'ask', message: "must be 'w0' or 'w1' when given" });
  if (s.runSteps !== undefined) number(out, s, 'runSteps', 1, 1000, true);
}

function base(out: FieldProblem[], s: Record<string, unknown>): void {
  const d = s.dataset as Record<string, unknown> | undefined;
  const net = s.network as NetworkSpec | undefined;
  number(out, s, 'epochs', 1, 100, true);
  number(out, s, 'seed', 0, 2 ** 31 - 1, true);
  if (!isLossName(s.loss as string))
    out.push({ path: 'loss', message: `unknown loss ${JSON.stringify(s.loss)}` });
  if (typeof net !== 'object' || net === null) {
    out.push({ path: 'network', message: 'must be { inputs, layers }' });
    return;
  }
  const netProblems = validateSpec(net);
  netProblems.forEach((m) => out.push({ path: 'network', message: m }));
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.name !== 'string' ||
    typeof d.params !== 'object'
  ) {
    out.push({ path: 'dataset', message: 'must be { name, params } of a built-in generator' });
    return;
  }
  try {
    const data = datasetOf(d as unknown as GeneratedData);
    if (data.m > 500)
      out.push({ path: 'dataset.params.count', message: 'at most 500 samples (runs are instant)' });
    if (
      !netProblems.length &&
      (data.inputs !== net.inputs || data.outputs !== net.layers[net.layers.length - 1].units)
    )
      out.push({
        path: 'network',
        message: `must take ${data.inputs} inputs and give ${data.outputs} outputs, as the dataset has`,
      });
  } catch (error) {
    out.push({ path: 'dataset', message: (error as Error).message });
  }
}

const samples = (s: Record<string, unknown>): number => {
  try {
    return datasetOf(s.dataset as GeneratedData).m;
  } catch {
    return Infinity;
  }
};

export const TRAINING_FIGURE_KINDS = {
  'sigmoid-neuron': {
    label: 'One sigmoid neuron',
    controls: ['weights', 'learningRate'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      neuron(out, setup);
      return out;
    },
  },
  'loss-gradients': {
    label: 'Squared error and cross-entropy gradients',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      if (setup.target !== 0 && setup.target !== 1)
        out.push({ path: 'target', message: 'must be 0 or 1' });
      number(out, setup, 'range', 1, 30);
      number(out, setup, 'z', -30, 30);
      return out;
    },
  },
  'schedule-compare': {
    label: 'Constant and decreasing learning rates',
    controls: ['c1', 'c2'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      base(out, setup);
      number(out, setup, 'constantRate', 1e-6, 10);
      number(out, setup, 'c1Max', 1e-3, 1000);
      number(out, setup, 'c2Max', 1, 10_000);
      number(out, setup, 'c1', 1e-4, (setup.c1Max as number) || 1000);
      number(out, setup, 'c2', 1, (setup.c2Max as number) || 10_000);
      number(out, setup, 'batchSize', 1, samples(setup), true);
      return out;
    },
  },
  'batch-compare': {
    label: 'Stochastic, mini-batch and batch gradient descent',
    controls: ['miniBatch'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      base(out, setup);
      number(out, setup, 'learningRate', 1e-6, 10);
      const m = samples(setup);
      if (Number.isFinite(m)) number(out, setup, 'miniBatch', 2, m - 1, true);
      return out;
    },
  },
  'batch-calculator': {
    label: 'Epochs and batches',
    controls: ['m', 'K'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      number(out, setup, 'epochs', 1, 1000, true);
      for (const message of planProblems(setup.m as number, setup.K as number))
        out.push({ path: message.startsWith('m') ? 'm' : 'K', message });
      return out;
    },
  },
};
