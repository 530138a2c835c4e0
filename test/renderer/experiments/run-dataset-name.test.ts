// A run's dataset as Experiments names it: a name main chose in the reader's language (from the
// `nameFrom` the list joins), any other name as stored; the search finds a run by either name.
import { describe, expect, it } from 'vitest';
import { filterRuns, DEFAULT_FILTER } from '../../../src-renderer/experiments/filter-runs';
import { runDatasetName } from '../../../src-renderer/experiments/run-dataset-name';
import { languageSwitch } from '../in-spanish';
import { summary } from './fixtures';

const setLanguage = languageSwitch();

const STORED = 'Spiral (count 500, noise 0.1)';
const generated = summary({
  id: 1,
  datasetName: STORED,
  datasetNameFrom: { builtin: 'spiral', params: { count: 500, noise: 0.1 } },
});

describe('a run’s dataset name in Experiments', () => {
  it('says a generated dataset in Spanish, with the decimal comma', () => {
    expect(runDatasetName(generated)).toBe(STORED);
    setLanguage('es');
    const spanish = runDatasetName(generated);
    expect(spanish).toMatch(/^Espiral \(/);
    expect(spanish).toContain('0,1');
    expect(spanish).not.toContain('Spiral');
    expect(spanish).not.toContain('noise');
  });

  it('keeps a name main did not choose, even one that reads like main’s', () => {
    setLanguage('es');
    expect(runDatasetName(summary({ datasetName: STORED }))).toBe(STORED);
    const file = summary({ datasetName: 'plants.csv' });
    expect(runDatasetName(file)).toBe('plants.csv');
  });

  it('finds the run by its dataset’s Spanish name and by the stored one', () => {
    setLanguage('es');
    const other = summary({ id: 2, datasetName: 'xor' });
    const found = (search: string) =>
      filterRuns([generated, other], { ...DEFAULT_FILTER, search }).map((r) => r.id);
    expect(found('espiral')).toEqual([1]);
    expect(found('noise 0.1')).toEqual([1]);
  });
});
