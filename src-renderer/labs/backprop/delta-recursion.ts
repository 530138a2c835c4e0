/**
 * The backward pass through L layers as the lecture asks to generalise it. With sigmoid units,
 * o^l_j = w^l_0j + Σ_i w^l_ij a^{l−1}_i and a^l_j = σ(o^l_j), and with δ^l_j = ∂ℓ/∂o^l_j:
 *   output layer:  δ^L_c = ∂ℓ/∂ŷ_c · σ′(o^L_c)
 *   layer l < L:   δ^l_j = σ′(o^l_j) · Σ_c w^{l+1}_jc δ^{l+1}_c
 *   weights:       ∂ℓ/∂w^l_ij = a^{l−1}_i δ^l_j,   ∂ℓ/∂w^l_0j = δ^l_j
 * Here for a 2-2-2-1 network (L = 3) on one sample with ℓ = ½(ŷ − y)², so ∂ℓ/∂ŷ = ŷ − y.
 */
import { Rng } from '../../../src-engine/random/rng';
import { sigmoidValue } from '../../../src-engine/activations/smooth';
import {
  DELTA_LAYERS,
  type DeltaNetworkSetup,
} from '../../../src-main/contract/lab-document/figures-backprop';

export { DELTA_LAYERS, type DeltaNetworkSetup };

export interface DeltaPass {
  /** o[l][j] and a[l][j] for l = 0…L (o[0] unused, a[0] = x) */
  o: number[][];
  a: number[][];
  /** δ[l][j] for l = 1…L (δ[0] unused) */
  delta: number[][];
  loss: number;
  /** ∂ℓ/∂W[l][i][j] and ∂ℓ/∂b[l][j], shaped like W and b */
  gradW: number[][][];
  gradB: number[][];
}

const sigma = sigmoidValue;

/** The forward pass, the loss, every δ by the recursion, and every weight's gradient. */
export function deltaPass(s: Pick<DeltaNetworkSetup, 'x' | 'y' | 'W' | 'b'>): DeltaPass {
  const L = s.W.length;
  const o: number[][] = [[]];
  const a: number[][] = [[...s.x]];
  for (let l = 1; l <= L; l++) {
    const on = s.b[l - 1].map((bj, j) =>
      a[l - 1].reduce((acc, ai, i) => acc + s.W[l - 1][i][j] * ai, bj),
    );
    o.push(on);
    a.push(on.map(sigma));
  }
  const yhat = a[L][0];
  const delta: number[][] = Array.from({ length: L + 1 }, () => []);
  const dsig = (l: number, j: number): number => a[l][j] * (1 - a[l][j]);
  delta[L] = [(yhat - s.y) * dsig(L, 0)];
  for (let l = L - 1; l >= 1; l--) {
    delta[l] = a[l].map(
      (_, j) => dsig(l, j) * delta[l + 1].reduce((acc, dc, c) => acc + s.W[l][j][c] * dc, 0),
    );
  }
  const gradW = s.W.map((m, l) => m.map((row, i) => row.map((_, j) => a[l][i] * delta[l + 1][j])));
  const gradB = s.b.map((row, l) => row.map((_, j) => delta[l + 1][j]));
  return { o, a, delta, loss: 0.5 * (yhat - s.y) ** 2, gradW, gradB };
}

/** The units in the order the backward pass reveals their δ: the output first, layer by layer. */
export function revealOrder(L = DELTA_LAYERS.length - 1): string[] {
  const out: string[] = [];
  for (let l = L; l >= 1; l--) for (let j = 1; j <= DELTA_LAYERS[l]; j++) out.push(`${l}-${j}`);
  return out;
}

/** δ of a unit "layer-unit". */
export const deltaOf = (p: DeltaPass, unit: string): number => {
  const [l, j] = unit.split('-').map(Number);
  return p.delta[l]?.[j - 1] ?? NaN;
};

/** Another sample and weights for attempt k ≥ 1 (one decimal each, so it can be done by hand). */
export function freshDeltaSample(base: DeltaNetworkSetup, k: number): DeltaNetworkSetup {
  const rng = new Rng(4_057 * k + 29);
  const tenth = (): number => (rng.int(19) - 9) / 10;
  return {
    ...base,
    x: base.x.map(() => [-1, -0.5, 0.5, 1][rng.int(4)]),
    y: rng.int(2),
    W: base.W.map((m) => m.map((row) => row.map(tenth))),
    b: base.b.map((row) => row.map(tenth)),
  };
}
