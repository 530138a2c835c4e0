import { describe, expect, it } from 'vitest';
import { tanhFloat32 } from '../../../src-engine/activations/fast-tanh';
import { getActivation } from '../../../src-engine/activations/registry';

describe('float32 tanh', () => {
  it('stays within 2.1e-8 relative of Math.tanh everywhere', () => {
    let worst = 0;
    for (let x = -12; x <= 12; x += 0.000731) {
      const exact = Math.tanh(x);
      if (exact === 0) continue;
      worst = Math.max(worst, Math.abs(tanhFloat32(x) - exact) / Math.abs(exact));
    }
    for (const x of [1e-30, -1e-12, 1e-6, 8.999999, 9, 9.000001, 1000, -1000]) {
      worst = Math.max(worst, Math.abs(tanhFloat32(x) - Math.tanh(x)) / Math.abs(Math.tanh(x)));
    }
    expect(worst).toBeLessThan(2.1e-8);
  });

  it('float32 layers round it to within one float32 step of the exact value', () => {
    const tanh = getActivation('tanh');
    const z = Float32Array.from({ length: 4001 }, (_, i) => (i - 2000) / 200);
    const out = new Float32Array(z.length);
    tanh.forward(z, out, 1, z.length, NaN);
    z.forEach((v, i) => {
      const exact = Math.fround(Math.tanh(v));
      expect(Math.abs(out[i] - exact)).toBeLessThanOrEqual(Math.abs(exact) * 1.2e-7);
    });
  });
});
