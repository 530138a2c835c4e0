import { describe, expect, it } from 'vitest';
import { buildCompareRows } from '../../../src-renderer/experiments/compare-rows';
import { record, withTraining } from './fixtures';

const names = new Map([[7, 'xor']]);
const row = (rows: ReturnType<typeof buildCompareRows>, key: string) => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe('buildCompareRows', () => {
  it('marks exactly the setting that differs: three learning rates', () => {
    const rows = buildCompareRows(
      [
        withTraining(1, { learningRate: 0.01 }),
        withTraining(2, { learningRate: 0.1 }),
        withTraining(3, { learningRate: 0.5 }),
      ],
      names,
    );
    const differing = rows.filter((r) => r.section === 'config' && r.differs).map((r) => r.key);
    expect(differing).toEqual(['learning-rate']);
    expect(row(rows, 'learning-rate').values).toEqual(['0.01', '0.1', '0.5']);
    expect(row(rows, 'seed').differs).toBe(false);
    expect(row(rows, 'seed').values[0]).toBe('weights 1, shuffling 1');
  });

  it('holds the settings the comparison promises, in reading order', () => {
    const keys = buildCompareRows([record(), record({ id: 2 })], names)
      .filter((r) => r.section === 'config')
      .map((r) => r.key);
    expect(keys).toEqual([
      'dataset',
      'architecture',
      'initialisation',
      'loss',
      'optimiser',
      'learning-rate',
      'schedule',
      'batch-size',
      'epochs',
      'shuffle',
      'early-stopping',
      'seed',
      'normalisation',
      'split',
      'derived',
    ]);
    const rows = buildCompareRows([record(), record({ id: 2 })], names);
    expect(row(rows, 'architecture').values[0]).toBe('2-4-1 (tanh, sigmoid)');
    expect(row(rows, 'dataset').values).toEqual(['xor', 'xor']);
    expect(rows.some((r) => r.differs)).toBe(false);
  });

  it('compares by meaning: an explicit default equals a missing one', () => {
    const explicit = withTraining(2, { optimizer: { name: 'adam', beta1: 0.9, beta2: 0.999 } });
    const rows = buildCompareRows([record(), explicit], names);
    expect(row(rows, 'optimiser').differs).toBe(false);
  });

  it('tells two datasets of the same name apart by content', () => {
    const other = record({ id: 2, datasetId: 8 });
    other.config = { ...other.config, datasetHash: 'hash-other' };
    const rows = buildCompareRows(
      [record(), other],
      new Map([
        [7, 'xor'],
        [8, 'xor'],
      ]),
    );
    expect(row(rows, 'dataset').differs).toBe(true);
    expect(row(rows, 'dataset').values).toEqual(['xor (#7)', 'xor (#8)']);
  });

  it('marks a seed that differs, and names an unknown dataset by id', () => {
    const a = record();
    const b = record({ id: 2, datasetId: 99 });
    b.config = { ...b.config, seed: 2 };
    const rows = buildCompareRows([a, b], names);
    expect(row(rows, 'seed').differs).toBe(true);
    expect(row(rows, 'dataset').values[1]).toBe('dataset 99');
  });

  it('lists the results present and marks the best value of each', () => {
    const rows = buildCompareRows(
      [
        record({ finalMetrics: { loss: 0.2, accuracy: 0.9, testLoss: 0.3 } }),
        record({ id: 2, finalMetrics: { loss: 0.1, accuracy: 0.95 } }),
        record({ id: 3, status: 'failed', finalMetrics: null, finishedAt: null }),
      ],
      names,
    );
    const results = rows.filter((r) => r.section === 'results');
    expect(results.map((r) => r.key)).toEqual([
      'result-loss',
      'result-accuracy',
      'result-testLoss',
      'status',
      'epochs-run',
      'duration',
    ]);
    expect(row(rows, 'result-loss').best).toEqual([1]);
    expect(row(rows, 'result-accuracy').best).toEqual([1]);
    expect(row(rows, 'result-accuracy').values).toEqual(['90.0%', '95.0%', '—']);
    // One run measured the test loss: nothing to choose between.
    expect(row(rows, 'result-testLoss').best).toEqual([]);
    expect(row(rows, 'duration').values).toEqual(['12.3 s', '12.3 s', 'not finished']);
    expect(row(rows, 'status').values).toEqual(['finished', 'finished', 'failed']);
    expect(results.every((r) => !r.differs)).toBe(true);
  });

  it('marks no best when all runs tie', () => {
    const rows = buildCompareRows([record(), record({ id: 2 })], names);
    expect(row(rows, 'result-loss').best).toEqual([]);
  });
});
