import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER,
  allTags,
  filterRuns,
  type RunFilter,
} from '../../../src-renderer/experiments/filter-runs';
import { summary } from './fixtures';

const runs = [
  summary({ id: 1, name: 'Baseline', createdAt: 100, finishedAt: 500, tags: ['xor'] }),
  summary({
    id: 2,
    name: 'fast rate',
    createdAt: 200,
    finishedAt: 300,
    notes: 'Loss jumps around',
    tags: ['xor', 'lr'],
    finalMetrics: { loss: 0.4, validationLoss: 0.05 },
  }),
  summary({
    id: 3,
    name: 'spiral deep',
    createdAt: 300,
    status: 'running',
    finishedAt: null,
    datasetName: 'spiral',
    finalMetrics: null,
  }),
  summary({
    id: 4,
    name: 'diverged',
    createdAt: 250,
    status: 'failed',
    reason: 'the loss became NaN at epoch 3',
    finalMetrics: { loss: 0.01 },
  }),
];
const ids = (filter: Partial<RunFilter>) =>
  filterRuns(runs, { ...DEFAULT_FILTER, ...filter }).map((r) => r.id);

describe('filterRuns', () => {
  it('lists everything, newest first, by default', () => {
    expect(ids({})).toEqual([3, 4, 2, 1]);
  });

  it('searches name, notes, dataset and tags, every word, ignoring case', () => {
    expect(ids({ search: 'BASE' })).toEqual([1]);
    expect(ids({ search: 'jumps' })).toEqual([2]);
    expect(ids({ search: 'spiral' })).toEqual([3]);
    expect(ids({ search: 'lr' })).toEqual([2]);
    expect(ids({ search: 'xor rate' })).toEqual([2]);
    expect(ids({ search: 'nothing like this' })).toEqual([]);
  });

  it('filters by status and by tag, together with the search', () => {
    expect(ids({ status: 'running' })).toEqual([3]);
    expect(ids({ status: 'done' })).toEqual([2, 1]);
    expect(ids({ tag: 'lr' })).toEqual([2]);
    expect(ids({ tag: 'xor', search: 'base' })).toEqual([1]);
  });

  it('sorts by each order', () => {
    expect(ids({ sort: 'oldest' })).toEqual([1, 2, 4, 3]);
    expect(ids({ sort: 'name' })).toEqual([1, 4, 2, 3]);
    // Going runs first, then finished, then the failures.
    expect(ids({ sort: 'status' })).toEqual([3, 2, 1, 4]);
    // Unfinished last.
    expect(ids({ sort: 'recently-finished' })).toEqual([4, 1, 2, 3]);
    // Validation loss when measured (run 2: 0.05), else training loss; none last.
    expect(ids({ sort: 'lowest-loss' })).toEqual([4, 2, 1, 3]);
  });

  it('leaves its input alone', () => {
    const before = runs.map((r) => r.id);
    filterRuns(runs, { ...DEFAULT_FILTER, sort: 'name' });
    expect(runs.map((r) => r.id)).toEqual(before);
  });
});

describe('allTags', () => {
  it('gives every tag once, sorted', () => {
    expect(allTags(runs)).toEqual(['lr', 'xor']);
    expect(allTags([])).toEqual([]);
  });
});
