/**
 * Each named check's parameters (`{ kind: 'gradient-ratio', ratio: 8, tolerance: 0.05 }`):
 * the one schema main checks saved and imported labs with and the renderer opens lab files
 * with, so a wrong parameter is refused naming the lab, the task and the parameter before any
 * student meets it. Unknown parameters are refused too (a typo is named, never ignored).
 */
import { z } from 'zod';
import { isActivationName } from '../../../src-engine/activations/registry';
import type { CheckKindName } from './check-kind-names';
import { DELTA_LAYERS } from './figures-backprop';
import { COMBINES } from './figures-regions';
import { planIssues } from './figures-training';
import { flag, int, list, num, oneOf, ON_OBJECTS, shaped, text } from './fields';
import { said, type Said, type SetupIssueId } from './setup-issues';

/** The output activations a task of the activation-choice figure may accept. */
export const OUTPUT_CHOICES = ['linear', 'relu', 'sigmoid', 'softmax'] as const;

/** The delta-recursion network's units, "layer-unit", from the output back. */
export const DELTA_UNITS: readonly string[] = DELTA_LAYERS.flatMap((units, l) =>
  l === 0 ? [] : Array.from({ length: units }, (_, j) => `${l}-${j + 1}`),
).reverse();

const positive = () =>
  z.number({ error: 'must be a positive number' }).refine((v) => v > 0, {
    error: 'must be a positive number',
    params: { id: 'tooSmall', limit: 0, inclusive: 0 },
  });
const atLeast = (min: number) =>
  z.number({ error: `must be a number ≥ ${min}` }).refine((v) => v >= min, {
    error: `must be a number ≥ ${min}`,
    params: { id: 'tooSmall', limit: min, inclusive: 1 },
  });
const wholeFrom = (min: number) =>
  z
    .number({ error: `must be a whole number ≥ ${min}` })
    .refine((v) => Number.isInteger(v) && v >= min, {
      error: `must be a whole number ≥ ${min}`,
      params: { id: 'wholeFrom', min },
    });

/** 0/1 outputs, one per row of a truth table (2, 4, 8, … rows). */
const outputs = () =>
  shaped<number[]>(
    (v) =>
      Array.isArray(v) &&
      v.length >= 2 &&
      (v.length & (v.length - 1)) === 0 &&
      v.every((o) => o === 0 || o === 1),
    {
      error: 'must be a list of 0/1 outputs, one per row (2, 4, 8, … rows)',
      params: { id: 'truthOutputs' },
    },
  );

/** A map from ids to non-empty lists of strings that pass `item`. */
const lists = (item: (v: unknown) => boolean, error: Said) =>
  shaped<Record<string, string[]>>(
    (a) =>
      typeof a === 'object' &&
      a !== null &&
      !Array.isArray(a) &&
      Object.keys(a).length > 0 &&
      Object.values(a).every((v) => Array.isArray(v) && v.length > 0 && v.every(item)),
    { error: error.message, params: error.params },
  );

/** A number that passes `test`, or the problem `id` says in `message`. */
const numberThat = (test: (v: number) => boolean, id: SetupIssueId, message: string) =>
  z.number({ error: message }).refine(test, { error: message, params: { id } });

const reason = () =>
  z.string({ error: "must be the id of the question's right option" }).optional();

/** The parameters of each check, by its name (the `kind` itself is added by check-kinds.ts). */
export const CHECK_PARAMS = {
  'truth-table-equals': {
    outputs: outputs(),
    mode: oneOf(['weighted', 'absolute']).optional(),
    onlyChange: shaped<string[]>(
      (v) => Array.isArray(v) && v.length > 0 && v.every((id) => typeof id === 'string'),
      { error: 'must be a list of unit ids', params: { id: 'unitIds' } },
    ).optional(),
  },
  'perceptron-separates': { minPerClass: int(1, 50) },
  'adaline-least-squares': {
    tolerance: numberThat(
      (v) => v > 0 && v < 10,
      'betweenZeroTen',
      'must be a number between 0 and 10',
    ),
  },
  'madaline-classifies': { predictOr: flag().optional() },
  'perceptron-never-settles': {
    minEpochs: wholeFrom(1),
    outputs: shaped<number[]>((v) => Array.isArray(v) && v.length === 4, {
      error: 'must be the 4 outputs of a 2-input table',
      params: { id: 'fourOutputs' },
    }),
  },
  'network-classifies': { outputs: outputs(), nameHidden: flag().optional() },
  'activation-derivative': {
    function: shaped<string>((f) => typeof f === 'string' && isActivationName(f), {
      error: 'must name an activation of the engine',
      params: { id: 'activationName' },
    }),
    below: z.number().optional(),
    above: z.number().optional(),
    equals: z.number().optional(),
    xTolerance: positive().optional(),
  },
  'softmax-equals': {
    target: shaped<number[]>(
      (t) =>
        Array.isArray(t) &&
        t.length >= 2 &&
        t.every((v) => typeof v === 'number' && v >= 0 && v <= 1),
      { error: 'must be a list of probabilities', params: { id: 'probabilities' } },
    ),
    fixed: list(z.number().nullable()),
  },
  'descent-reaches': { below: positive(), maxSteps: wholeFrom(1) },
  'gradient-equals': {
    nodes: list(text(), 1).optional(),
    node: text().optional(),
    tolerance: positive(),
  },
  'descent-ends-near': {
    near: shaped<[number, number]>(
      (n) => Array.isArray(n) && n.length === 2 && n.every((v) => Number.isFinite(v)),
      { error: 'must be a point [x1, x2]', params: { id: 'pointX1X2' } },
    ),
    tolerance: positive(),
    minStartDistance: atLeast(0),
  },
  'neuron-loss-below': { below: positive() },
  'neuron-gradient-equals': { param: oneOf(['w0', 'w1']), tolerance: positive() },
  'schedule-beats-constant': {
    factor: numberThat((v) => v > 0 && v <= 1, 'fractionOpen', 'must be a number in (0, 1]'),
    against: oneOf(['best-constant']).optional(),
  },
  'updates-count': { m: z.number(), K: z.number(), epochs: wholeFrom(1) },
  'region-separates': { combine: oneOf(COMBINES).optional() },
  'region-accuracy': {
    minAccuracy: num(0.5, 1),
    maxHidden: int(1, 64),
    smallest: int(1, 64).optional(),
    reason: reason(),
  },
  'topology-lowest-validation': { minRuns: int(2, 4), reveal: flag().optional(), reason: reason() },
  'early-stop-predicted': {},
  'update-predicted': {
    rule: oneOf(['perceptron', 'adaline']),
    coding: oneOf(['binary', 'bipolar']),
    count: int(1, 16).optional(),
    nonZero: flag().optional(),
    wholeEpoch: flag().optional(),
    onRightSide: flag().optional(),
    tolerance: atLeast(0).optional(),
  },
  'saddle-located': { tolerance: positive() },
  'neuron-rate-chosen': { steps: int(1, 1000), below: positive() },
  'gradient-ratio': {
    ratio: numberThat((v) => v >= 4, 'ratioFour', 'must be a number ≥ 4 (h(1 − h) is at most ¼)'),
    tolerance: positive(),
  },
  'activations-chosen': {
    accept: lists(
      (o) => (OUTPUT_CHOICES as readonly unknown[]).includes(o),
      said('acceptLists', `must map task ids to lists of ${OUTPUT_CHOICES.join(', ')}`, {
        values: OUTPUT_CHOICES.join(', '),
      }),
    ),
  },
  'firing-predicted': {},
  'timeline-matched': {
    answers: lists(
      (e) => typeof e === 'string',
      said('answerLists', 'must map question ids to lists of event ids'),
    ),
  },
  'batch-loss-predicted': { tolerance: positive() },
  'delta-predicted': {
    units: list(
      shaped<string>((u) => DELTA_UNITS.includes(u as string), {
        error: `must be one of the units ${DELTA_UNITS.join(', ')}`,
        params: { id: 'deltaUnits', values: DELTA_UNITS.join(', ') },
      }),
      1,
    ),
    tolerance: positive(),
  },
} satisfies Record<CheckKindName, z.ZodRawShape>;

type Params = Record<string, unknown>;
type Issue = Said & { path: string };

/** Rules that relate several parameters of one check. */
const RELATIONS: Partial<Record<CheckKindName, (p: Params) => Issue[]>> = {
  'activation-derivative': (p) => [
    ...([p.below, p.above, p.equals].filter((v) => v !== undefined).length === 1
      ? []
      : [{ path: 'below', ...said('oneOfBelow', 'give exactly one of below, above or equals') }]),
    ...(p.equals !== undefined && p.xTolerance === undefined
      ? [{ path: 'xTolerance', ...said('xTolerance', 'must be a positive number with equals') }]
      : []),
  ],
  'softmax-equals': (p) =>
    Array.isArray(p.fixed) && Array.isArray(p.target) && p.fixed.length === p.target.length
      ? []
      : [
          {
            path: 'fixed',
            ...said('fixedPerScore', 'must have one entry (a number or null) per score'),
          },
        ],
  'gradient-equals': (p) =>
    (p.nodes === undefined) !== (p.node === undefined)
      ? []
      : [
          {
            path: 'nodes',
            ...said('nodesToPredict', 'must name the nodes to predict, e.g. ["w1"]'),
          },
        ],
  'region-accuracy': (p) =>
    typeof p.smallest === 'number' && typeof p.maxHidden === 'number' && p.smallest > p.maxHidden
      ? [
          {
            path: 'smallest',
            ...said('smallestHidden', 'must be a whole number from 1 to maxHidden'),
          },
        ]
      : [],
  'updates-count': (p) => planIssues(p.m as number, p.K as number),
};

/** The schema of one check's whole object, `{ kind, ...params }`. */
export function checkSchema(kind: CheckKindName) {
  const relate = RELATIONS[kind];
  const shape = z.strictObject(
    { kind: z.literal(kind), ...CHECK_PARAMS[kind] },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unexpected parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys
              .slice(0, 5)
              .map((k) => `'${k.slice(0, 64)}'`)
              .join(', ')} of check '${kind}'`
          : 'must be an object',
    },
  );
  if (!relate) return shape;
  return shape.superRefine((p, ctx) => {
    for (const { path, ...problem } of relate(p as Params)) {
      ctx.addIssue({ code: 'custom', path: [path], ...problem });
    }
  }, ON_OBJECTS);
}

/** The parameters of check `K`, as its code receives them. */
export type CheckParams<K extends CheckKindName> = z.infer<z.ZodObject<(typeof CHECK_PARAMS)[K]>>;
