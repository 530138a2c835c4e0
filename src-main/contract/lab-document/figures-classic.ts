/**
 * The figure kinds of the classic-unit labs (McCulloch–Pitts, perceptron, Adaline, MADALINE,
 * XOR) and of the activation-function lab.
 */
import { z } from 'zod';
import { ACTIVATION_NAMES, type ActivationName } from '../../../src-engine/activations/activation';
import { MPNetwork } from '../../../src-engine/units/mp-network';
import { thrownIssue } from './engine-issue';
import { figureKind } from './figure-kind';
import { flag, int, labelled, list, num, numbers, oneOf, record, seed, ON_OBJECTS } from './fields';
import { said } from './setup-issues';

/** Activations the plot can draw: all the engine's but softmax, which needs a whole vector
 * (it has its own figure). */
type Plottable = Exclude<ActivationName, 'softmax'>;
export const PLOTTABLE = ACTIVATION_NAMES.filter((name) => name !== 'softmax') as [
  Plottable,
  ...Plottable[],
];

const points = (targets: readonly number[]) => list(labelled(targets), 1);

/** A McCulloch–Pitts network: its shape here, its wiring by the engine's own check (one rule,
 * one place). */
const mpNetwork = record({
  inputs: list(z.string({ error: 'must be a name' })),
  nodes: list(
    record({
      id: z.string({ error: 'must be a name' }),
      unit: record({
        inputs: list(
          record({ kind: oneOf(['excitatory', 'inhibitory']), weight: z.number().optional() }),
        ),
        threshold: z.number({ error: 'must be a number' }),
        mode: oneOf(['weighted', 'absolute']),
      }),
      sources: list(z.string({ error: 'must be a name' })),
    }),
  ),
  outputs: list(z.string({ error: 'must be a name' })),
}).superRefine((spec, ctx) => {
  try {
    new MPNetwork(spec);
  } catch (error) {
    ctx.addIssue({ code: 'custom', ...thrownIssue(error) });
  }
});

const perceptronPlane = record({
  points: points([0, 1]),
  /** [w0 (bias), w1, w2] */
  weights: numbers(3, said('weights3', 'must be [w0, w1, w2], finite numbers')),
  learningRate: num(1e-6, 100),
  /** The plane shows −range … range on both axes. */
  range: num(0.5, 100),
  maxEpochs: int(1, 10_000),
});

const adalineCompare = record({
  points: points([-1, 1]),
  learningRate: num(1e-6, 10),
  perceptronRate: num(1e-6, 100),
  range: num(0.5, 100),
  /** Adaline's α in epoch e is α / (1 + decay·(e − 1)). */
  decay: num(0, 100),
});

const madaline = record({
  points: points([-1, 1]),
  hidden: int(1, 8),
  logic: oneOf(['and', 'or', 'majority']),
  seed: seed(),
  range: num(0.5, 100),
});

const xorPerceptron = record({ learningRate: num(1e-6, 100), maxEpochs: int(1, 10_000) });

const xorTrained = record({
  activation: oneOf(['sigmoid', 'tanh']),
  learningRate: num(1e-6, 100),
  epochs: int(1, 100_000),
  seed: seed(),
});

const activationPlot = record({
  functions: list(oneOf(PLOTTABLE), 1),
  selected: oneOf(PLOTTABLE),
  /** The plot shows −range … range. */
  range: num(1, 50),
  /** Leaky ReLU's slope a for x < 0. */
  leakySlope: num(0, 1),
  x: num(-50, 50),
}).refine((s) => !Array.isArray(s.functions) || s.functions.includes(s.selected), {
  ...ON_OBJECTS,
  path: ['selected'],
  error: 'must be one of the functions',
  params: { id: 'activationSelected' },
});

const softmax = record({
  scores: list(num(-50, 50), 2, 8),
  /** also show that a common shift changes nothing, and softmax of two scores is a sigmoid */
  shift: flag().optional(),
});

export const CLASSIC_FIGURES = {
  'mp-builder': figureKind(
    'McCulloch–Pitts units',
    ['weights', 'kinds', 'threshold', 'mode'],
    mpNetwork,
  ),
  'perceptron-plane': figureKind(
    'Perceptron on a plane',
    ['addPoints', 'learningRate'],
    perceptronPlane,
  ),
  'adaline-compare': figureKind('Adaline beside the perceptron', ['learningRate'], adalineCompare),
  madaline: figureKind('MADALINE', ['seed'], madaline),
  'xor-perceptron': figureKind('Perceptron on XOR', ['learningRate'], xorPerceptron),
  'xor-trained': figureKind('A trained 2-2-1 network', ['seed', 'learningRate'], xorTrained),
  'activation-plot': figureKind('Activation functions', ['function', 'slope'], activationPlot),
  softmax: figureKind('Softmax calculator', ['scores'], softmax),
};

/** A labelled point of a 2-D plane: [x1, x2, t]. */
export type LabPoint = [number, number, number];
export type MpBuilderSetup = z.infer<typeof mpNetwork>;
export type PerceptronPlaneSetup = z.infer<typeof perceptronPlane>;
export type AdalineCompareSetup = z.infer<typeof adalineCompare>;
export type MadalineSetup = z.infer<typeof madaline>;
export type XorPerceptronSetup = z.infer<typeof xorPerceptron>;
export type XorTrainedSetup = z.infer<typeof xorTrained>;
export type ActivationPlotSetup = z.infer<typeof activationPlot>;
export type SoftmaxSetup = z.infer<typeof softmax>;
