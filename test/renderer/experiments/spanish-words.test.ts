// The Experiments view's words from its .ts modules follow the chosen language: a label left
// in English (or a message key shown as is) in the Spanish comparison table fails here.
import { describe, expect, it } from 'vitest';
import { buildCompareRows } from '../../../src-renderer/experiments/compare-rows';
import { describeSchedule } from '../../../src-renderer/experiments/describe-config';
import { metricLabel } from '../../../src-renderer/experiments/format-metrics';
import { statusLabel } from '../../../src-renderer/experiments/run-status';
import { record } from './fixtures';
import { inSpanish } from '../in-spanish';

describe('Experiments words in Spanish', () => {
  inSpanish();

  it('names statuses, measures and schedules in Spanish', () => {
    expect(statusLabel('done')).toBe('terminada');
    expect(metricLabel('validation', 'accuracy')).toBe('exactitud de validación');
    expect(describeSchedule({ kind: 'step', gamma: 0.5, every: 10 })).toBe(
      'escalonada: × 0,5 cada 10 épocas',
    );
  });

  it('labels every row of the comparison in Spanish', () => {
    const rows = buildCompareRows([record(), record({ id: 2 })], new Map([[7, 'xor']]));
    const labels = rows.map((r) => r.label);
    expect(labels).toContain('Tasa de aprendizaje');
    expect(labels).toContain('Estado');
    expect(labels.filter((l) => l.startsWith('experiments.'))).toEqual([]);
    const seed = rows.find((r) => r.key === 'seed');
    expect(seed?.values[0]).toMatch(/^pesos \d+, barajado \d+$/);
  });
});
