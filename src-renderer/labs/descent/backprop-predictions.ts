/**
 * Predict, then reveal (after backprop-explainer): in the backward pass each node's gradient is
 * hidden until the student has entered what they expect it to be and stepped on. What was
 * entered at the moment of each reveal is kept, so a check can tell a prediction from a number
 * copied after it was shown. A fresh sample gives new numbers for another attempt.
 */
import { Rng } from '../../../src-engine/random/rng';
import { NETWORK_NAMES, type BackpropNetwork } from './backprop-networks';

/** What the student entered for each gradient before it was shown. */
export interface GradientPredictions {
  /** node → the number entered when its gradient was revealed */
  predicted: Record<string, number>;
  /** nodes whose gradient was revealed with nothing entered (e.g. by "Whole backward pass") */
  unpredicted: string[];
}

export const noPredictions = (): GradientPredictions => ({ predicted: {}, unpredicted: [] });

/**
 * Records the reveal of `node`'s gradient with what was entered for it (NaN: nothing).
 * A node already revealed keeps its first record.
 */
export function recordReveal(
  p: GradientPredictions,
  node: string,
  entered: number,
): GradientPredictions {
  if (node in p.predicted || p.unpredicted.includes(node)) return p;
  return Number.isFinite(entered)
    ? { ...p, predicted: { ...p.predicted, [node]: entered } }
    : { ...p, unpredicted: [...p.unpredicted, node] };
}

/** Whether an entered number is the gradient, to the tolerance of the task. */
export function closeEnough(entered: number, exact: number, tolerance: number): boolean {
  return Math.abs(entered - exact) <= tolerance;
}

/** A sample's numbers: the graph's inputs and parameters. */
export interface BackpropSample {
  inputs: Record<string, number>;
  params: Record<string, number>;
}

const pick = (rng: Rng, values: readonly number[]): number => values[rng.int(values.length)];

/**
 * The numbers of attempt `k` (k ≥ 1) for a network: small round values so that the chain rule
 * can be done by hand for the lecture's graph, and two-decimal values for the sigmoid network.
 * Attempt 0 is the lab's own setup and is not made here.
 */
export function freshSample(network: BackpropNetwork, k: number): BackpropSample {
  const rng = new Rng(7919 * k + 17);
  if (network === 'linear-regression') {
    for (;;) {
      const inputs = { x: pick(rng, [-2, -1, 1, 2, 3]), y: pick(rng, [-2, -1, 0, 1, 3, 4, 5]) };
      const params = {
        w0: pick(rng, [-1, -0.5, 0.5, 1, 1.5]),
        w1: pick(rng, [-1, -0.5, 0.5, 1, 2]),
      };
      // z = 0 would make every gradient 0: nothing to predict
      if (params.w0 + params.w1 * inputs.x !== inputs.y) return { inputs, params };
    }
  }
  const names = NETWORK_NAMES[network];
  const inputs: Record<string, number> = {};
  for (const n of names.inputs) {
    inputs[n] = n === 'y' ? pick(rng, [0, 1]) : pick(rng, [-1, -0.5, 0.5, 1, 1.5]);
  }
  const params: Record<string, number> = {};
  for (const n of names.params) params[n] = Math.round(rng.uniform(-0.8, 0.8) * 20) / 20;
  return { inputs, params };
}
