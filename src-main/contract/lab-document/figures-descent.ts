/**
 * The figure kinds of the gradient-descent labs: cost and gradient descent, backpropagation
 * step by step, minima and saddle points.
 */
import { z } from 'zod';
import { BACKPROP_NETWORKS, buildNetwork, NETWORK_NAMES } from './backprop-graphs';
import { figureKind } from './figure-kind';
import { int, list, num, oneOf, pair, record, reissue, shown, text, ON_OBJECTS } from './fields';
import { said } from './setup-issues';

/** The surfaces a lab file may name (the renderer draws each). */
export const SURFACE_NAMES = ['saddle', 'two-minima'] as const;
export type SurfaceName = (typeof SURFACE_NAMES)[number];

/** [x, t] */
type XT = [number, number];

const lowHigh = said('lowHigh', 'must be [low, high] with low < high');
const weightView = record({ w0: pair(lowHigh, true), w1: pair(lowHigh, true) });
const pairAB = said('pairAB', 'must be [a, b]');

/** Points [x, t] to fit h(x) = w0 + w1·x to: at least two, with two different x. */
const regressionPoints = list(pair(pairAB), 2).refine(
  (p: XT[]) => p.length < 2 || p.some((q) => Array.isArray(q) && q[0] !== p[0]?.[0]),
  { error: 'need at least two different x values', params: { id: 'differentX' } },
);

const costDescent = record({
  points: regressionPoints,
  start: pair(pairAB),
  learningRate: num(1e-6, 10),
  maxSteps: int(1, 10_000),
  /** The visible window of the (w0, w1) plane. */
  view: weightView,
});

const descentRates = record({
  points: regressionPoints,
  start: pair(pairAB),
  /** [too small, too large] */
  rates: pair(said('rates', 'must be [small, large], numbers from 1e-6 to 10'), false, 1e-6, 10),
  steps: int(1, 1000),
  view: weightView,
});

/** Exactly the names `names`, each a number. */
const values = (names: readonly string[]) =>
  z
    .record(z.string(), z.unknown(), { error: `must give ${names.join(', ')}` })
    .superRefine((v, ctx) => {
      for (const n of names)
        if (!Number.isFinite(v[n]))
          ctx.addIssue({ code: 'custom', path: [n], ...said('aNumber', 'must be a number') });
      for (const k of Object.keys(v))
        if (!names.includes(k))
          ctx.addIssue({
            code: 'custom',
            path: [k],
            ...said('unknownName', `unknown (known: ${names.join(', ')})`, {
              known: names.join(', '),
            }),
          });
    });

const backpropGraph = record({
  network: oneOf(BACKPROP_NETWORKS),
  /** checked against the network's names below */
  inputs: z.custom<Record<string, number>>(),
  params: z.custom<Record<string, number>>(),
  learningRate: num(1e-6, 100),
  /** the nodes whose gradient the student is asked to predict before it is shown */
  ask: list(text(), 1),
}).superRefine((s, ctx) => {
  if (!BACKPROP_NETWORKS.includes(s.network)) return;
  const names = NETWORK_NAMES[s.network];
  let fine = true;
  for (const [key, expected] of [
    ['inputs', names.inputs],
    ['params', names.params],
  ] as const) {
    const r = values(expected).safeParse(s[key]);
    if (!r.success) {
      fine = false;
      for (const i of r.error.issues) reissue(ctx, i, [key]);
    }
  }
  if (!fine || !Array.isArray(s.ask)) return;
  const nodes = buildNetwork(s.network, s.params)
    .nodes()
    .map((n) => n.name);
  if (!s.ask.every((n) => nodes.includes(n)))
    ctx.addIssue({
      code: 'custom',
      path: ['ask'],
      ...said(
        'askNodes',
        `must list nodes of the graph: ${nodes.join(', ')}, got ${shown(s.ask)}`,
        {
          known: nodes.join(', '),
        },
      ),
    });
}, ON_OBJECTS);

const surfaceDescent = record({
  surface: oneOf(SURFACE_NAMES),
  learningRate: num(1e-6, 1),
  maxSteps: int(1, 5000),
  /** The plot shows −range … range on both axes. */
  range: num(0.5, 20),
  /** ask the student for the saddle point's x₁ (its marker is then not drawn) */
  ask: oneOf(['saddle-x1']).optional(),
});

export const DESCENT_FIGURES = {
  'cost-descent': figureKind('Cost and gradient descent', ['learningRate'], costDescent),
  'descent-rates': figureKind('Learning rates side by side', [], descentRates),
  'backprop-graph': figureKind('Backpropagation step by step', ['learningRate'], backpropGraph),
  'surface-descent': figureKind('Minima and saddle points', ['learningRate'], surfaceDescent),
};

export type WeightView = z.infer<typeof weightView>;
export type CostDescentSetup = z.infer<typeof costDescent>;
export type DescentRatesSetup = z.infer<typeof descentRates>;
export type BackpropGraphSetup = z.infer<typeof backpropGraph>;
export type SurfaceDescentSetup = z.infer<typeof surfaceDescent>;
