import { describe, expect, it } from 'vitest';
import type { KernelPolicy } from '../../../src-engine/kernels/kernel-choice';
import { WASM_MIN_UPDATE, setKernelPolicy } from '../../../src-engine/kernels/kernel-choice';
import type { Param } from '../../../src-engine/layers/layer';
import { Adam } from '../../../src-engine/optim/adam';
import { Rng } from '../../../src-engine/random/rng';

// Adam on parameters large enough for its moments to live in WebAssembly memory (float32
// arithmetic, four values at a time) against the same steps in JavaScript (double arithmetic).

const LENGTHS = [WASM_MIN_UPDATE + 3, 17]; // one resident (with a tail of 3), one not

function params(): Param[] {
  const rng = new Rng(5);
  return LENGTHS.map(
    (n, i) =>
      ({
        name: `p${i}`,
        value: Float32Array.from({ length: n }, () => rng.uniform(-1, 1)),
        grad: new Float32Array(n),
      }) as Param,
  );
}

/** Gradients that change from step to step, the same for every run. */
function setGrads(ps: Param[], step: number): void {
  ps.forEach((p, i) => p.grad.forEach((_, j) => (p.grad[j] = Math.sin(j * 0.37 + step + i))));
}

function run(policy: KernelPolicy, steps: number, resumeAt?: number) {
  const previous = setKernelPolicy(policy);
  try {
    const ps = params();
    let adam = new Adam({ name: 'adam' });
    for (let s = 0; s < steps; s++) {
      if (s === resumeAt) {
        const saved = JSON.parse(JSON.stringify(adam.getState()));
        adam = new Adam({ name: 'adam' });
        adam.setState(saved);
      }
      setGrads(ps, s);
      adam.step(ps, 0.01);
    }
    return { values: ps.map((p) => Array.from(p.value)), state: adam.getState() };
  } finally {
    setKernelPolicy(previous);
  }
}

describe('Adam with its moments in WebAssembly memory', () => {
  it('follows the JavaScript loop to float32 precision, and is not the same loop', () => {
    const wasm = run('auto', 30);
    const js = run('javascript', 30);
    const a = wasm.values[0];
    const b = js.values[0];
    const worst = Math.max(...a.map((v, i) => Math.abs(v - b[i])));
    expect(worst).toBeLessThan(1e-5);
    expect(a).not.toEqual(b); // float32 and double arithmetic round differently
    // the small parameter stays in JavaScript under 'auto': the same numbers to the bit
    expect(wasm.values[1]).toEqual(js.values[1]);
    // and the moments read back are the moments the run used
    const m = wasm.state.buffers[0];
    const mJs = js.state.buffers[0];
    expect(m).toHaveLength(LENGTHS[0]);
    expect(Math.max(...m.map((v, i) => Math.abs(v - mJs[i])))).toBeLessThan(1e-5);
  });

  it('a run resumed from its saved state continues bit for bit', () => {
    expect(run('auto', 12, 5)).toEqual(run('auto', 12));
  });

  it('repeats bit for bit', () => {
    expect(run('auto', 10)).toEqual(run('auto', 10));
  });
});
