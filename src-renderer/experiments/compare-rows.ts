/**
 * The side-by-side table of a comparison: one row per setting (and per result), one value per
 * run, and which settings differ between the runs. Settings are compared by what they mean
 * (the dataset by content hash, defaults filled in), not by how they were written.
 */
import type { ExperimentRecord } from '../../src-main/contract/types';
import {
  describeArchitecture,
  describeDerived,
  describeEarlyStopping,
  describeInit,
  describeLoss,
  describeNormalize,
  describeOptimizer,
  describeSchedule,
  describeSplit,
} from './describe-config';
import {
  DATA_PARTS,
  MEASURES,
  formatDuration,
  formatMeasure,
  formatNumber,
  metricKey,
  metricLabel,
} from './format-metrics';
import { STATUS_LABEL } from './run-status';

/** One row of the table. */
export interface CompareRow {
  /** stable id: `learning-rate`, `result-validationAccuracy`, … */
  key: string;
  label: string;
  section: 'config' | 'results';
  /** one text per run, in the runs' order */
  values: string[];
  /** config rows: the runs do not all agree */
  differs: boolean;
  /** result rows: the runs with the best value (lowest loss, highest accuracy or R²); empty
   * when there is nothing to choose between */
  best: number[];
}

interface Setting {
  key: string;
  label: string;
  /** what is shown, and what is compared when `compare` is absent */
  show: (run: ExperimentRecord) => string;
  compare?: (run: ExperimentRecord) => string;
}

/** The config rows, in the order a person reads a setup: data, network, training. */
function settings(datasetName: (run: ExperimentRecord) => string): Setting[] {
  return [
    {
      key: 'dataset',
      label: 'Dataset',
      show: datasetName,
      compare: (r) => r.config.datasetHash,
    },
    {
      key: 'architecture',
      label: 'Architecture',
      show: (r) => describeArchitecture(r.config.spec),
    },
    { key: 'initialisation', label: 'Initialisation', show: (r) => describeInit(r.config.spec) },
    { key: 'loss', label: 'Loss', show: (r) => describeLoss(r.config.training.loss) },
    {
      key: 'optimiser',
      label: 'Optimiser',
      show: (r) => describeOptimizer(r.config.training.optimizer),
    },
    {
      key: 'learning-rate',
      label: 'Learning rate',
      show: (r) => formatNumber(r.config.training.learningRate),
      compare: (r) => String(r.config.training.learningRate),
    },
    {
      key: 'schedule',
      label: 'Schedule',
      show: (r) => describeSchedule(r.config.training.schedule),
    },
    { key: 'batch-size', label: 'Batch size', show: (r) => String(r.config.training.batchSize) },
    { key: 'epochs', label: 'Epochs', show: (r) => String(r.config.training.epochs) },
    {
      key: 'shuffle',
      label: 'Shuffle each epoch',
      show: (r) => (r.config.training.shuffle ? 'yes' : 'no'),
    },
    {
      key: 'early-stopping',
      label: 'Early stopping',
      show: (r) => describeEarlyStopping(r.config.training.earlyStopping),
    },
    {
      key: 'seed',
      label: 'Seed',
      show: (r) => `weights ${r.config.seed}, shuffling ${r.config.training.seed}`,
    },
    {
      key: 'normalisation',
      label: 'Normalisation',
      show: (r) => describeNormalize(r.config.normalize),
    },
    {
      key: 'split',
      label: 'Split (train / validation / test)',
      show: (r) => describeSplit(r.config.split),
    },
    { key: 'derived', label: 'Derived inputs', show: (r) => describeDerived(r.config.derived) },
  ];
}

/** Indices of the best finite values; none when fewer than two runs have one or all tie. */
function bestOf(values: (number | undefined)[], higherIsBetter: boolean): number[] {
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (finite.length < 2) return [];
  const best = higherIsBetter ? Math.max(...finite) : Math.min(...finite);
  if (finite.every((v) => v === best)) return [];
  return values.flatMap((v, i) => (v === best ? [i] : []));
}

function resultRows(runs: readonly ExperimentRecord[]): CompareRow[] {
  const rows: CompareRow[] = [];
  const plain = (key: string, label: string, show: (r: ExperimentRecord) => string) =>
    rows.push({ key, label, section: 'results', values: runs.map(show), differs: false, best: [] });

  for (const part of DATA_PARTS) {
    for (const measure of MEASURES) {
      const name = metricKey(part, measure);
      const values = runs.map((r) => r.finalMetrics?.[name]);
      if (values.every((v) => v === undefined)) continue;
      const label = metricLabel(part, measure);
      rows.push({
        key: `result-${name}`,
        label: label[0].toUpperCase() + label.slice(1),
        section: 'results',
        values: values.map((v) => (v === undefined ? '—' : formatMeasure(measure, v))),
        differs: false,
        best: bestOf(values, measure !== 'loss'),
      });
    }
  }
  plain('status', 'Status', (r) => STATUS_LABEL[r.status]);
  plain('epochs-run', 'Epochs run', (r) => String(r.epochsDone));
  plain('duration', 'Duration', (r) =>
    r.startedAt !== null && r.finishedAt !== null
      ? formatDuration(r.finishedAt - r.startedAt)
      : 'not finished',
  );
  return rows;
}

/**
 * The rows comparing runs: their settings (marked where they differ), then their results
 * (best values marked).
 * @param runs the runs, in column order
 * @param datasetNames names of datasets by id (runs of an unknown dataset show its id)
 */
export function buildCompareRows(
  runs: readonly ExperimentRecord[],
  datasetNames: ReadonlyMap<number, string>,
): CompareRow[] {
  // Two datasets can share a name (a generator run twice with other settings): the id then
  // tells them apart on screen, the hash in the comparison.
  const plainName = (r: ExperimentRecord) =>
    datasetNames.get(r.datasetId) ?? `dataset ${r.datasetId}`;
  const hashesByName = new Map<string, Set<string>>();
  for (const r of runs) {
    const hashes = hashesByName.get(plainName(r)) ?? new Set<string>();
    hashes.add(r.config.datasetHash);
    hashesByName.set(plainName(r), hashes);
  }
  const datasetName = (r: ExperimentRecord) =>
    hashesByName.get(plainName(r))!.size > 1 ? `${plainName(r)} (#${r.datasetId})` : plainName(r);

  const config = settings(datasetName).map<CompareRow>((s) => {
    const keys = runs.map(s.compare ?? s.show);
    return {
      key: s.key,
      label: s.label,
      section: 'config',
      values: runs.map(s.show),
      differs: new Set(keys).size > 1,
      best: [],
    };
  });
  return [...config, ...resultRows(runs)];
}
