import { describe, expect, it } from 'vitest';
import { setKernelPolicy } from '../../../src-engine/kernels/kernel-choice';
import { kernelPlan } from '../../../src-engine/kernels/kernel-plan';
import { Network } from '../../../src-engine/network/network';

const digits = new Network({
  inputs: 784,
  layers: [
    { units: 128, activation: 'relu' },
    { units: 10, activation: 'softmax' },
  ],
});
const playground = new Network({
  inputs: 2,
  layers: [
    { units: 8, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
});

describe('the kernel plan of a network', () => {
  it('follows the size rule the layers use', () => {
    expect(kernelPlan(digits.layers, 32, 'float32').layers).toEqual(['wasm-simd', 'wasm-simd']);
    expect(kernelPlan(playground.layers, 10, 'float32').layers).toEqual([
      'javascript',
      'javascript',
    ]);
    // 1 · 128 · 10 multiply-adds in the output layer at batch 1: too few for WebAssembly
    expect(kernelPlan(digits.layers, 1, 'float32').layers).toEqual(['wasm-simd', 'javascript']);
  });

  it('float64 and a JavaScript policy run in JavaScript; the policy is named', () => {
    expect(kernelPlan(digits.layers, 32, 'float64').layers).toEqual(['javascript', 'javascript']);
    const previous = setKernelPolicy('javascript');
    try {
      expect(kernelPlan(digits.layers, 32, 'float32')).toMatchObject({
        layers: ['javascript', 'javascript'],
        policy: 'javascript',
      });
    } finally {
      setKernelPolicy(previous);
    }
  });
});
