/**
 * The figure kinds of the gradient-descent labs (cost and gradient descent, backpropagation step by step,
 * minima and saddle points): their setups and setup checks. figure-kinds.ts spreads them into
 * its registry.
 */
import type { FieldProblem } from '../problems';
import {
  BACKPROP_NETWORKS,
  buildNetwork,
  NETWORK_NAMES,
  type BackpropNetwork,
} from './backprop-networks';
import type { XT } from './cost-descent';
import { SURFACES, type SurfaceName } from './surfaces';

/** The visible window of the (w0, w1) plane. */
export interface WeightView {
  w0: [number, number];
  w1: [number, number];
}

/** Setup of 'cost-descent': fit h(x) = w0 + w1·x to points by gradient descent on J. */
export interface CostDescentSetup {
  points: XT[];
  start: [number, number];
  learningRate: number;
  maxSteps: number;
  view: WeightView;
}

/** Setup of 'descent-rates': the same descent with two learning rates side by side. */
export interface DescentRatesSetup {
  points: XT[];
  start: [number, number];
  /** [too small, too large] */
  rates: [number, number];
  steps: number;
  view: WeightView;
}

/** Setup of 'backprop-graph': one sample through a graph, forward then backward, then an update. */
export interface BackpropGraphSetup {
  network: BackpropNetwork;
  inputs: Record<string, number>;
  params: Record<string, number>;
  learningRate: number;
  /** the nodes whose gradient the student is asked to predict before it is shown */
  ask: string[];
}

/** Setup of 'surface-descent': descent on a surface from points the student picks. */
export interface SurfaceDescentSetup {
  surface: SurfaceName;
  learningRate: number;
  maxSteps: number;
  /** The plot shows −range … range on both axes. */
  range: number;
  /** ask the student for the saddle point's x₁ (its marker is then not drawn) */
  ask?: 'saddle-x1';
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

function pair(out: FieldProblem[], v: unknown, path: string, ordered = false): void {
  if (
    !Array.isArray(v) ||
    v.length !== 2 ||
    !v.every((x) => finite(x)) ||
    (ordered && !(v[0] < v[1]))
  )
    out.push({ path, message: ordered ? 'must be [low, high] with low < high' : 'must be [a, b]' });
}

function regression(out: FieldProblem[], s: Record<string, unknown>): void {
  const p = s.points;
  if (!Array.isArray(p) || p.length < 2) {
    out.push({ path: 'points', message: 'must be at least two points [x, t]' });
  } else {
    p.forEach((q, i) => pair(out, q, `points[${i}]`));
    if (p.every((q) => Array.isArray(q) && q[0] === (p[0] as number[])[0]))
      out.push({ path: 'points', message: 'need at least two different x values' });
  }
  pair(out, s.start, 'start');
  const v = s.view as Record<string, unknown> | undefined;
  if (typeof v !== 'object' || v === null)
    out.push({ path: 'view', message: 'must be { w0, w1 }' });
  else {
    pair(out, v.w0, 'view.w0', true);
    pair(out, v.w1, 'view.w1', true);
  }
}

function values(out: FieldProblem[], v: unknown, path: string, names: readonly string[]): void {
  const rec = v as Record<string, unknown>;
  if (typeof v !== 'object' || v === null) {
    out.push({ path, message: `must give ${names.join(', ')}` });
    return;
  }
  for (const n of names)
    if (!finite(rec[n])) out.push({ path: `${path}.${n}`, message: 'must be a number' });
  for (const k of Object.keys(rec))
    if (!names.includes(k))
      out.push({ path: `${path}.${k}`, message: `unknown (known: ${names.join(', ')})` });
}

export const DESCENT_FIGURE_KINDS = {
  'cost-descent': {
    label: 'Cost and gradient descent',
    controls: ['learningRate'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      regression(out, setup);
      number(out, setup, 'learningRate', 1e-6, 10);
      number(out, setup, 'maxSteps', 1, 10_000, true);
      return out;
    },
  },
  'descent-rates': {
    label: 'Learning rates side by side',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      regression(out, setup);
      const r = setup.rates;
      if (!Array.isArray(r) || r.length !== 2 || !r.every((x) => finite(x, 1e-6, 10)))
        out.push({ path: 'rates', message: 'must be [small, large], numbers from 1e-6 to 10' });
      number(out, setup, 'steps', 1, 1000, true);
      return out;
    },
  },
  'backprop-graph': {
    label: 'Backpropagation step by step',
    controls: ['learningRate'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const net = setup.network as BackpropNetwork;
      if (!BACKPROP_NETWORKS.includes(net)) {
        out.push({ path: 'network', message: `must be one of ${BACKPROP_NETWORKS.join(', ')}` });
        return out;
      }
      values(out, setup.inputs, 'inputs', NETWORK_NAMES[net].inputs);
      values(out, setup.params, 'params', NETWORK_NAMES[net].params);
      number(out, setup, 'learningRate', 1e-6, 100);
      if (out.length > 0) return out;
      const names = buildNetwork(net, setup.params as Record<string, number>)
        .nodes()
        .map((n) => n.name);
      const ask = setup.ask;
      if (!Array.isArray(ask) || ask.length === 0 || !ask.every((n) => names.includes(n)))
        out.push({ path: 'ask', message: `must list nodes of the graph: ${names.join(', ')}` });
      return out;
    },
  },
  'surface-descent': {
    label: 'Minima and saddle points',
    controls: ['learningRate'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      if (!((setup.surface as string) in SURFACES))
        out.push({
          path: 'surface',
          message: `must be one of ${Object.keys(SURFACES).join(', ')}`,
        });
      number(out, setup, 'learningRate', 1e-6, 1);
      number(out, setup, 'maxSteps', 1, 5000, true);
      number(out, setup, 'range', 0.5, 20);
      if (setup.ask !== undefined && setup.ask !== 'saddle-x1')
        out.push({ path: 'ask', message: "must be 'saddle-x1' when given" });
      return out;
    },
  },
};
