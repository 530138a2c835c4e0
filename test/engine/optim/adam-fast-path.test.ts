import { describe, expect, it } from 'vitest';
import type { Param } from '../../../src-engine/layers/layer';
import { Adam } from '../../../src-engine/optim/adam';
import { Rng } from '../../../src-engine/random/rng';

function params(seed: number): Param[] {
  const rng = new Rng(seed);
  const make = (n: number) => Float32Array.from({ length: n }, () => rng.next() - 0.5);
  return [97, 5].map((n, i) => ({ name: `p${i}`, value: make(n), grad: make(n) }) as Param);
}

describe('Adam without penalties', () => {
  it('gives the numbers of the penalised loop, bit for bit, over many steps', () => {
    // A weight decay far below float32's resolution leaves every g unchanged, but takes the
    // general (penalised) loop: the two loops must agree to the last bit.
    const fast = params(3);
    const general = params(3);
    const a = new Adam({ name: 'adam' });
    const b = new Adam({ name: 'adam', weightDecay: 1e-300 });
    for (let step = 0; step < 25; step++) {
      a.step(fast, 0.01);
      b.step(general, 0.01);
      fast.forEach((p, i) => p.grad.set(general[i].grad.map((g) => g * 0.9)));
      general.forEach((p) => p.grad.set(p.grad.map((g) => g * 0.9)));
    }
    fast.forEach((p, i) => expect(Array.from(p.value)).toEqual(Array.from(general[i].value)));
    expect(a.getState().buffers).toEqual(b.getState().buffers);
    // and they moved: the comparison is not between untouched arrays
    expect(fast[0].value).not.toEqual(params(3)[0].value);
  });
});
