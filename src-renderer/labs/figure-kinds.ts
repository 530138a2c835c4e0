/**
 * The interactive figures a lab can show, each with the controls a lab file may lock or hide
 * and a check of its `setup`. The Vue component of each kind is looked up in
 * components/labs/figure-components.ts; this file stays free of Vue so that tests and the
 * loader can use it.
 */
import { MPNetwork, type MPNetworkSpec } from '../../src-engine/units/mp-network';
import { DESCENT_FIGURE_KINDS } from './descent/descent-figure-kinds';
import { isRecord, type FieldProblem } from './problems';
import { TRAINING_FIGURE_KINDS } from './training/training-figure-kinds';
import { REGION_FIGURE_KINDS } from './regions/region-figure-kinds';
import { TOPOLOGY_FIGURE_KINDS } from './topology/topology-figure-kinds';
import { CHOICE_FIGURE_KINDS } from './choices/choice-figure-kinds';
import { HISTORY_FIGURE_KINDS } from './history/history-figure-kinds';
import { BACKPROP_FIGURE_KINDS } from './backprop/backprop-figure-kinds';

/** A labelled point of a 2-D plane: [x1, x2, t]. */
export type LabPoint = [number, number, number];

/** Setup of 'mp-builder': a McCulloch–Pitts network whose units the student edits. */
export type MpBuilderSetup = MPNetworkSpec;

/** Setup of 'perceptron-plane': two classes (t 0/1) and Rosenblatt's rule. */
export interface PerceptronPlaneSetup {
  points: LabPoint[];
  /** [w0 (bias), w1, w2] */
  weights: [number, number, number];
  learningRate: number;
  /** The plane shows −range … range on both axes. */
  range: number;
  maxEpochs: number;
}

/** Setup of 'adaline-compare': the same bipolar data trained by a perceptron and an Adaline. */
export interface AdalineCompareSetup {
  points: LabPoint[];
  learningRate: number;
  perceptronRate: number;
  range: number;
  /** Adaline's α in epoch e is α / (1 + decay·(e − 1)). */
  decay: number;
}

/** Setup of 'madaline': bipolar data one unit cannot separate, a MADALINE of `hidden` Adalines. */
export interface MadalineSetup {
  points: LabPoint[];
  hidden: number;
  logic: 'and' | 'or' | 'majority';
  seed: number;
  range: number;
}

/** Setup of 'xor-perceptron': Rosenblatt's rule on the four XOR rows. */
export interface XorPerceptronSetup {
  learningRate: number;
  maxEpochs: number;
}

/** Setup of 'xor-trained': a 2-2-1 network trained by backpropagation on the XOR rows. */
export interface XorTrainedSetup {
  activation: 'sigmoid' | 'tanh';
  learningRate: number;
  epochs: number;
  seed: number;
}

/** Setup of 'activation-plot': activations plotted with their derivatives, probed at x. */
export interface ActivationPlotSetup {
  functions: string[];
  selected: string;
  /** The plot shows −range … range. */
  range: number;
  /** Leaky ReLU's slope a for x < 0. */
  leakySlope: number;
  x: number;
}

/** Setup of 'softmax': scores turned into probabilities. */
export interface SoftmaxSetup {
  scores: number[];
  /** also show that a common shift changes nothing, and softmax of two scores is a sigmoid */
  shift?: boolean;
}

export interface FigureKindInfo {
  label: string;
  controls: readonly string[];
  problems(setup: Record<string, unknown>): FieldProblem[];
}

const num = (v: unknown, min = -1e6, max = 1e6): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

function need(
  out: FieldProblem[],
  setup: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  integer = false,
): void {
  const v = setup[key];
  if (!num(v, min, max) || (integer && !Number.isInteger(v))) {
    out.push({
      path: key,
      message: `must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(v)}`,
    });
  }
}

function points(
  out: FieldProblem[],
  setup: Record<string, unknown>,
  targets: readonly number[],
): void {
  const v = setup.points;
  if (!Array.isArray(v) || v.length === 0) {
    out.push({ path: 'points', message: 'must be a non-empty list of [x1, x2, t]' });
    return;
  }
  v.forEach((pt, i) => {
    if (!Array.isArray(pt) || pt.length !== 3 || !num(pt[0]) || !num(pt[1])) {
      out.push({ path: `points[${i}]`, message: 'must be [x1, x2, t] with finite numbers' });
    } else if (!targets.includes(pt[2] as number)) {
      out.push({ path: `points[${i}]`, message: `t must be ${targets.join(' or ')}` });
    }
  });
}

function oneOf(
  out: FieldProblem[],
  setup: Record<string, unknown>,
  key: string,
  values: readonly string[],
): void {
  if (!values.includes(setup[key] as string)) {
    out.push({ path: key, message: `must be one of ${values.join(', ')}` });
  }
}

/** Every figure kind by name. */
export const FIGURE_KINDS = {
  'mp-builder': {
    label: 'McCulloch–Pitts units',
    controls: ['weights', 'kinds', 'threshold', 'mode'],
    problems(setup) {
      try {
        new MPNetwork(setup as unknown as MPNetworkSpec);
        return [];
      } catch (error) {
        return [{ path: '', message: (error as Error).message }];
      }
    },
  },
  'perceptron-plane': {
    label: 'Perceptron on a plane',
    controls: ['addPoints', 'learningRate'],
    problems(setup) {
      const out: FieldProblem[] = [];
      points(out, setup, [0, 1]);
      const w = setup.weights;
      if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => num(x))) {
        out.push({ path: 'weights', message: 'must be [w0, w1, w2], finite numbers' });
      }
      need(out, setup, 'learningRate', 1e-6, 100);
      need(out, setup, 'range', 0.5, 100);
      need(out, setup, 'maxEpochs', 1, 10_000, true);
      return out;
    },
  },
  'adaline-compare': {
    label: 'Adaline beside the perceptron',
    controls: ['learningRate'],
    problems(setup) {
      const out: FieldProblem[] = [];
      points(out, setup, [-1, 1]);
      need(out, setup, 'learningRate', 1e-6, 10);
      need(out, setup, 'perceptronRate', 1e-6, 100);
      need(out, setup, 'range', 0.5, 100);
      need(out, setup, 'decay', 0, 100);
      return out;
    },
  },
  madaline: {
    label: 'MADALINE',
    controls: ['seed'],
    problems(setup) {
      const out: FieldProblem[] = [];
      points(out, setup, [-1, 1]);
      need(out, setup, 'hidden', 1, 8, true);
      oneOf(out, setup, 'logic', ['and', 'or', 'majority']);
      need(out, setup, 'seed', 0, 2 ** 31 - 1, true);
      need(out, setup, 'range', 0.5, 100);
      return out;
    },
  },
  'xor-perceptron': {
    label: 'Perceptron on XOR',
    controls: ['learningRate'],
    problems(setup) {
      const out: FieldProblem[] = [];
      need(out, setup, 'learningRate', 1e-6, 100);
      need(out, setup, 'maxEpochs', 1, 10_000, true);
      return out;
    },
  },
  'xor-trained': {
    label: 'A trained 2-2-1 network',
    controls: ['seed', 'learningRate'],
    problems(setup) {
      const out: FieldProblem[] = [];
      oneOf(out, setup, 'activation', ['sigmoid', 'tanh']);
      need(out, setup, 'learningRate', 1e-6, 100);
      need(out, setup, 'epochs', 1, 100_000, true);
      need(out, setup, 'seed', 0, 2 ** 31 - 1, true);
      return out;
    },
  },
  'activation-plot': {
    label: 'Activation functions',
    controls: ['function', 'slope'],
    problems(setup) {
      const out: FieldProblem[] = [];
      const fs = setup.functions;
      if (
        !Array.isArray(fs) ||
        fs.length === 0 ||
        !fs.every((f) => PLOTTABLE.includes(f as string))
      ) {
        out.push({ path: 'functions', message: `must list some of ${PLOTTABLE.join(', ')}` });
      } else if (!fs.includes(setup.selected)) {
        out.push({ path: 'selected', message: 'must be one of the functions' });
      }
      need(out, setup, 'range', 1, 50);
      need(out, setup, 'leakySlope', 0, 1);
      need(out, setup, 'x', -50, 50);
      return out;
    },
  },
  softmax: {
    label: 'Softmax calculator',
    controls: ['scores'],
    problems(setup) {
      const s = setup.scores;
      const out: FieldProblem[] =
        Array.isArray(s) && s.length >= 2 && s.length <= 8 && s.every((v) => num(v, -50, 50))
          ? []
          : [{ path: 'scores', message: 'must be 2 to 8 numbers from -50 to 50' }];
      if (setup.shift !== undefined && typeof setup.shift !== 'boolean')
        out.push({ path: 'shift', message: 'must be true or false' });
      return out;
    },
  },
  ...DESCENT_FIGURE_KINDS,
  ...TRAINING_FIGURE_KINDS,
  ...REGION_FIGURE_KINDS,
  ...TOPOLOGY_FIGURE_KINDS,
  ...CHOICE_FIGURE_KINDS,
  ...HISTORY_FIGURE_KINDS,
  ...BACKPROP_FIGURE_KINDS,
} satisfies Record<string, FigureKindInfo>;

/** Activations the plot can draw (softmax needs a whole vector: it has its own figure). */
const PLOTTABLE: readonly string[] = [
  'linear',
  'step',
  'sign',
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'elu',
  'softplus',
  'gelu',
];

export type FigureKind = keyof typeof FIGURE_KINDS;

/** Problems of a figure's setup (paths relative to `setup`). */
export function figureSetupProblems(kind: FigureKind, setup: unknown): FieldProblem[] {
  if (!isRecord(setup)) return [{ path: '', message: 'must be an object' }];
  return FIGURE_KINDS[kind].problems(setup);
}
