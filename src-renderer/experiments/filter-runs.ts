/**
 * Filtering and sorting the list of runs on the client: the whole list is at hand (it is
 * small, and refreshed on every status change), so typing a search answers at once.
 */
import type { ExperimentSummary, RunStatus } from '../../src-main/contract/types';
import { runDatasetName } from './run-dataset-name';
import { STATUS_ORDER } from './run-status';

/** How the list can be ordered (named by the `experiments.sort.<id>` messages). */
export const RUN_SORTS = [
  'newest',
  'oldest',
  'name',
  'status',
  'recently-finished',
  'lowest-loss',
] as const;

export type RunSort = (typeof RUN_SORTS)[number];

/** What the list shows. */
export interface RunFilter {
  /** words that must all appear in the name, notes, dataset, design or tags */
  search: string;
  /** null: any status */
  status: RunStatus | null;
  /** null: any tag */
  tag: string | null;
  sort: RunSort;
}

export const DEFAULT_FILTER: RunFilter = { search: '', status: null, tag: null, sort: 'newest' };

function haystack(run: ExperimentSummary): string {
  // the dataset as stored and as the reader's language says it: either finds the run
  const datasets = [run.datasetName, runDatasetName(run)];
  return [run.name, run.notes, ...datasets, run.designName ?? '', ...run.tags]
    .join('\n')
    .toLocaleLowerCase();
}

/** The loss a run is ranked by: validation if measured, else training; unknown last. */
function rankingLoss(run: ExperimentSummary): number {
  const m = run.finalMetrics;
  const loss = m?.validationLoss ?? m?.loss;
  return loss !== undefined && Number.isFinite(loss) ? loss : Infinity;
}

const byNewest = (a: ExperimentSummary, b: ExperimentSummary) =>
  b.createdAt - a.createdAt || b.id - a.id;

const COMPARE: Record<RunSort, (a: ExperimentSummary, b: ExperimentSummary) => number> = {
  newest: byNewest,
  oldest: (a, b) => a.createdAt - b.createdAt || a.id - b.id,
  name: (a, b) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) || a.id - b.id,
  status: (a, b) =>
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byNewest(a, b),
  'recently-finished': (a, b) =>
    (b.finishedAt ?? -Infinity) - (a.finishedAt ?? -Infinity) || byNewest(a, b),
  'lowest-loss': (a, b) => {
    const la = rankingLoss(a);
    const lb = rankingLoss(b);
    return la === lb ? byNewest(a, b) : la < lb ? -1 : 1;
  },
};

/** The runs that pass the filter, in its order (a new array; the input is not changed). */
export function filterRuns(
  runs: readonly ExperimentSummary[],
  filter: RunFilter,
): ExperimentSummary[] {
  const words = filter.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return runs
    .filter(
      (run) =>
        (filter.status === null || run.status === filter.status) &&
        (filter.tag === null || run.tags.includes(filter.tag)) &&
        (words.length === 0 || words.every((w) => haystack(run).includes(w))),
    )
    .sort(COMPARE[filter.sort] ?? byNewest);
}

/** Every tag used by any run, sorted. */
export function allTags(runs: readonly ExperimentSummary[]): string[] {
  return [...new Set(runs.flatMap((r) => r.tags))].sort((a, b) =>
    a.localeCompare(b, undefined, { sensitivity: 'base' }),
  );
}
