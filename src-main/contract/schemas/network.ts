/** Schemas of a network design and its training: the engine's specs, checked field by field. */
import { z } from 'zod';
import { ACTIVATION_NAMES } from '../../../src-engine/activations/activation';
import { LOSS_NAMES } from '../../../src-engine/losses/loss';
import { specProblems, type NetworkSpec } from '../../../src-engine/network/spec';
import type { TrainConfig } from '../../../src-engine/train/config';
import { flag, integer, list, number, object, oneOf, positive } from './common';
import { worded } from './request-words';

/** Layers per network and weights per network a request may ask for. */
export const MAX_LAYERS = 64;
export const MAX_WEIGHTS = 20_000_000;

const init = () =>
  z.discriminatedUnion(
    'kind',
    [
      object({ kind: z.literal('uniform'), scale: positive(1e3) }),
      object({ kind: z.literal('xavier') }),
      object({ kind: z.literal('he') }),
      object({ kind: z.literal('zeros') }),
    ],
    {
      error: worded(
        "expected an initialisation { kind: 'uniform' | 'xavier' | 'he' | 'zeros' }",
        'initialisation',
      ),
    },
  );

const layer = () =>
  object({
    units: integer(1, 65_536),
    activation: oneOf(ACTIVATION_NAMES),
    activationParam: number(-1e6, 1e6).optional(),
    init: init().optional(),
  });

/** A network: the engine's own checks (softmax placement, …) are run too. */
export const networkSpec = () =>
  object({
    inputs: integer(1, 65_536),
    layers: list(layer(), MAX_LAYERS).min(1, {
      error: worded('expected at least one layer', 'oneLayer'),
    }),
    init: init().optional(),
  }).superRefine((spec, context) => {
    let weights = 0;
    let before = spec.inputs;
    for (const { units } of spec.layers) {
      weights += (before + 1) * units;
      before = units;
    }
    if (weights > MAX_WEIGHTS) {
      context.addIssue({
        code: 'custom',
        message: `the network has ${weights.toLocaleString('en')} weights; at most ${MAX_WEIGHTS.toLocaleString('en')}`,
        params: { id: 'tooManyWeights', weights, limit: MAX_WEIGHTS },
      });
      return;
    }
    // the engine's code and values go along, for the renderer's message of it
    for (const { code, values, message } of specProblems(spec))
      context.addIssue({ code: 'custom', message, params: { engine: code, ...values } });
  });

const optimizer = () =>
  z.discriminatedUnion(
    'name',
    [
      object({
        name: z.literal('sgd'),
        momentum: number(0, 0.999999).optional(),
        nesterov: flag().optional(),
        weightDecay: number(0, 1).optional(),
        l1: number(0, 1).optional(),
      }),
      object({
        name: z.literal('adam'),
        beta1: number(0, 0.999999).optional(),
        beta2: number(0, 0.999999).optional(),
        eps: positive(1).optional(),
        weightDecay: number(0, 1).optional(),
        l1: number(0, 1).optional(),
      }),
    ],
    { error: worded("expected an optimizer { name: 'sgd' | 'adam' }", 'optimizer') },
  );

const schedule = () =>
  z.discriminatedUnion(
    'kind',
    [
      object({ kind: z.literal('constant') }),
      object({ kind: z.literal('inverse'), c1: positive(1e9), c2: positive(1e9) }),
      object({ kind: z.literal('step'), gamma: positive(1), every: integer(1, 1_000_000) }),
      object({ kind: z.literal('exponential'), gamma: positive(1) }),
    ],
    {
      error: worded(
        "expected a schedule { kind: 'constant' | 'inverse' | 'step' | 'exponential' }",
        'schedule',
      ),
    },
  );

/** How a network is trained (the engine's TrainConfig). */
export const trainConfig = () =>
  object({
    loss: oneOf(LOSS_NAMES),
    optimizer: optimizer(),
    learningRate: positive(100),
    schedule: schedule().optional(),
    batchSize: integer(1, 10_000_000),
    epochs: integer(1, 1_000_000),
    keepRunning: flag().optional(),
    shuffle: flag(),
    seed: integer(0, 0xffff_ffff),
    earlyStopping: object({
      patience: integer(1, 1_000_000),
      minDelta: number(0, 1e9).optional(),
      restoreBest: flag().optional(),
    }).optional(),
    reportWeights: flag().optional(),
  });

// The schemas produce exactly what the engine takes.
type Assignable<A extends B, B> = A;
export type _SpecFits = Assignable<z.output<ReturnType<typeof networkSpec>>, NetworkSpec>;
export type _ConfigFits = Assignable<z.output<ReturnType<typeof trainConfig>>, TrainConfig>;
