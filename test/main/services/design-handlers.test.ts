import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignRecord } from '../../../src-main/contract/types';
import { openLabFixture, type LabFixture } from './services-fixture';

let fx: LabFixture;
beforeAll(() => {
  fx = openLabFixture();
});
afterAll(() => fx.close());

const spec = { inputs: 2, layers: [{ units: 1, activation: 'step' }] };
const perceptron = { model: 'perceptron', learningRate: 0.5, epochs: 20, coding: 'bipolar' };

describe('designs:save with single-unit settings', () => {
  it('stores `unit`, lists and duplicates it, and clears it when saved without', async () => {
    const saved = await fx.value<DesignRecord>('designs:save', {
      name: 'my perceptron',
      spec,
      unit: perceptron,
    });
    expect(saved.unit).toEqual(perceptron);
    const listed = await fx.value<DesignRecord[]>('designs:list', {});
    expect(listed.find((d) => d.id === saved.id)?.unit).toEqual(perceptron);
    const copy = await fx.value<DesignRecord>('designs:duplicate', { id: saved.id });
    expect(copy.unit).toEqual(perceptron);

    const renamed = await fx.value<DesignRecord>('designs:save', {
      id: saved.id,
      name: 'now a network',
      spec,
    });
    expect(renamed.name).toBe('now a network');
    expect('unit' in renamed).toBe(false);
    expect(fx.lab.store.designs.get(copy.id)?.unit).toEqual(perceptron);
  });

  it('refuses unit settings that are not one of the models', async () => {
    const result = await fx.call('designs:save', {
      name: 'bad',
      spec,
      unit: { model: 'hopfield' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/unit/);
  });
});
