/**
 * The minima-and-saddles lab's surfaces f(x1, x2), each an engine computation graph whose parameters are x1 and
 * x2, so that gradient descent on the point is the graph's backward pass and update.
 */
import { Graph } from '../../../src-engine/graph/graph';
import type { SurfaceName } from '../../../src-main/contract/lab-document/figures-descent';

export type { SurfaceName };

/** The surfaces a lab file may name. */
export const SURFACES = {
  saddle: {
    label: 'f = x₁² − x₂²',
    tex: 'f(x) = x_1^2 - x_2^2',
    /** contour levels: 0 is the cross through the saddle */
    levels: [-3, -2, -1, -0.4, 0, 0.4, 1, 2, 3],
  },
  'two-minima': {
    label: 'f = (x₁² − 1)² + x₂² + 0.3·x₁',
    tex: 'f(x) = (x_1^2 - 1)^2 + x_2^2 + 0.3\\,x_1',
    /** contour levels: about 1.01 is the figure of eight through the saddle */
    levels: [-0.25, 0, 0.4, 0.75, 1.011, 1.4, 2.2, 3.5, 6],
  },
} as const satisfies Record<SurfaceName, { label: string; tex: string; levels: readonly number[] }>;

/** The tilt of the two-minima surface: it makes the left minimum the global one. */
const TILT = 0.3;

/** The graph of a surface at the point (x1, x2). */
export function surfaceGraph(name: SurfaceName, x1: number, x2: number): Graph {
  const g = new Graph();
  const a = g.param('x1', x1);
  const b = g.param('x2', x2);
  if (name === 'saddle') {
    g.sub('f', g.square('p', a), g.square('q', b));
  } else {
    const well = g.square('w', g.sub('d', g.square('p', a), g.input('one')));
    const tilt = g.mul('r', g.input('tilt'), a);
    g.sum('f', [well, g.square('q', b), tilt]);
  }
  return g;
}

function inputsOf(name: SurfaceName): Record<string, number> {
  return name === 'saddle' ? {} : { one: 1, tilt: TILT };
}

/** f and its gradient at (x1, x2), by the engine graph. */
export function surfaceAt(
  name: SurfaceName,
  x1: number,
  x2: number,
): { f: number; grad: [number, number] } {
  const g = surfaceGraph(name, x1, x2);
  g.forward(inputsOf(name));
  g.backward('f');
  return { f: g.node('f').value, grad: [g.node('x1').grad, g.node('x2').grad] };
}

/** A descent path and why it ended. */
export interface SurfacePath {
  points: [number, number][];
  /** 'settled': the gradient vanished; 'left': the point left the box; 'steps': ran out */
  end: 'settled' | 'left' | 'steps';
}

/** Below this gradient length the point has settled at a critical point. */
export const SETTLED_GRADIENT = 1e-6;

/**
 * Gradient descent x ← x − α·∇f(x) from `start`, at most `maxSteps` steps, stopping when the
 * gradient vanishes or the point leaves the box [−bound, bound]².
 */
export function descend(
  name: SurfaceName,
  start: readonly [number, number],
  learningRate: number,
  maxSteps: number,
  bound: number,
): SurfacePath {
  const g = surfaceGraph(name, start[0], start[1]);
  const inputs = inputsOf(name);
  const points: [number, number][] = [[start[0], start[1]]];
  for (let k = 0; k < maxSteps; k++) {
    g.forward(inputs);
    g.backward('f');
    const gx = g.node('x1').grad;
    const gy = g.node('x2').grad;
    if (Math.hypot(gx, gy) < SETTLED_GRADIENT) return { points, end: 'settled' };
    g.step(learningRate);
    const p: [number, number] = [g.node('x1').value, g.node('x2').value];
    points.push(p);
    if (!(Math.abs(p[0]) <= bound && Math.abs(p[1]) <= bound)) return { points, end: 'left' };
  }
  return { points, end: 'steps' };
}

/** A point where ∇f = 0, and what kind it is. */
export interface CriticalPoint {
  at: [number, number];
  kind: 'minimum' | 'saddle';
}

/**
 * The surface's critical points. Both surfaces have them on x2 = 0 only (∂f/∂x2 = ±2·x2), so
 * each is a root of ∂f/∂x1 along that line, found by bisection on the engine's gradient.
 */
export function criticalPoints(name: SurfaceName): CriticalPoint[] {
  if (name === 'saddle') return [{ at: [0, 0], kind: 'saddle' }];
  const d = (x: number): number => surfaceAt(name, x, 0).grad[0];
  const root = (lo: number, hi: number): number => {
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (Math.sign(d(mid)) === Math.sign(d(lo))) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  return [
    { at: [root(-2, -0.5), 0], kind: 'minimum' },
    { at: [root(-0.5, 0.5), 0], kind: 'saddle' },
    { at: [root(0.5, 2), 0], kind: 'minimum' },
  ];
}
