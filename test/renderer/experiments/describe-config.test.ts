import { describe, expect, it } from 'vitest';
import {
  describeArchitecture,
  describeDerived,
  describeEarlyStopping,
  describeInit,
  describeOptimizer,
  describeSchedule,
  describeSplit,
} from '../../../src-renderer/experiments/describe-config';

describe('describeArchitecture', () => {
  it('lists units per layer, inputs first, then the activations', () => {
    expect(
      describeArchitecture({
        inputs: 2,
        layers: [
          { units: 8, activation: 'tanh' },
          { units: 8, activation: 'leaky_relu', activationParam: 0.1 },
          { units: 1, activation: 'sigmoid' },
        ],
      }),
    ).toBe('2-8-8-1 (tanh, leaky ReLU 0.1, sigmoid)');
  });
});

describe('describeInit', () => {
  it('names the network default and each overriding layer', () => {
    expect(describeInit({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] })).toBe(
      'default',
    );
    expect(
      describeInit({
        inputs: 2,
        init: { kind: 'xavier' },
        layers: [
          { units: 3, activation: 'relu', init: { kind: 'he' } },
          { units: 1, activation: 'sigmoid' },
        ],
      }),
    ).toBe('Xavier; layer 1: He');
  });
});

describe('describeOptimizer', () => {
  it("fills in Adam's defaults, so an explicit default reads the same as none", () => {
    expect(describeOptimizer({ name: 'adam' })).toBe('Adam (β₁ 0.9, β₂ 0.999, ε 1e-8)');
    expect(describeOptimizer({ name: 'adam', beta1: 0.9 })).toBe(
      describeOptimizer({ name: 'adam' }),
    );
  });

  it('shows SGD momentum, Nesterov and weight decay only when used', () => {
    expect(describeOptimizer({ name: 'sgd' })).toBe('SGD');
    expect(describeOptimizer({ name: 'sgd', momentum: 0, nesterov: true })).toBe('SGD');
    expect(
      describeOptimizer({ name: 'sgd', momentum: 0.9, nesterov: true, weightDecay: 0.01 }),
    ).toBe('SGD (momentum 0.9, Nesterov, weight decay 0.01)');
  });
});

describe('describeSchedule', () => {
  it('reads every kind of schedule', () => {
    expect(describeSchedule(undefined)).toBe('constant');
    expect(describeSchedule({ kind: 'constant' })).toBe('constant');
    expect(describeSchedule({ kind: 'inverse', c1: 10, c2: 100 })).toBe('inverse: 10 / (k + 100)');
    expect(describeSchedule({ kind: 'step', gamma: 0.5, every: 10 })).toBe(
      'step: × 0.5 every 10 epochs',
    );
    expect(describeSchedule({ kind: 'exponential', gamma: 0.99 })).toBe(
      'exponential: × 0.99 per epoch',
    );
  });
});

describe('the other settings', () => {
  it('early stopping: off, or patience with its options', () => {
    expect(describeEarlyStopping(undefined)).toBe('off');
    expect(describeEarlyStopping({ patience: 10, minDelta: 0.001 })).toBe(
      'patience 10, min Δ 0.001, best weights restored',
    );
    expect(describeEarlyStopping({ patience: 5, restoreBest: false })).toBe(
      'patience 5, last weights kept',
    );
  });

  it("split: the dataset's own, or percentages with seed", () => {
    expect(describeSplit(undefined)).toBe("the dataset's own");
    expect(describeSplit({ train: 0.7, validation: 0.15, test: 0.15, seed: 3 })).toBe(
      '70 / 15 / 15 % (seed 3)',
    );
  });

  it('derived inputs: none, or their formulas in order', () => {
    expect(describeDerived(undefined)).toBe('none');
    expect(describeDerived(['xSquared', 'xTimesY'])).toBe('x₁², x₁·x₂');
  });
});
