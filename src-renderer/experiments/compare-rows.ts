/**
 * The side-by-side table of a comparison: one row per setting (and per result), one value per
 * run, and which settings differ between the runs. Settings are compared by what they mean
 * (the dataset by content hash, defaults filled in), not by how they were written.
 */
import { i18n } from '../i18n';
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
import { statusLabel } from './run-status';

const { t } = i18n.global;

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
  /** also names the row: the `experiments.rows.<key>` message */
  key: string;
  /** what is shown, and what is compared when `compare` is absent */
  show: (run: ExperimentRecord) => string;
  compare?: (run: ExperimentRecord) => string;
}

/** The config rows, in the order a person reads a setup: data, network, training. */
function settings(datasetName: (run: ExperimentRecord) => string): Setting[] {
  return [
    {
      key: 'dataset',
      show: datasetName,
      compare: (r) => r.config.datasetHash,
    },
    {
      key: 'architecture',
      show: (r) => describeArchitecture(r.config.spec),
    },
    { key: 'initialisation', show: (r) => describeInit(r.config.spec) },
    { key: 'loss', show: (r) => describeLoss(r.config.training.loss) },
    {
      key: 'optimiser',
      show: (r) => describeOptimizer(r.config.training.optimizer),
    },
    {
      key: 'learning-rate',
      show: (r) => formatNumber(r.config.training.learningRate),
      compare: (r) => String(r.config.training.learningRate),
    },
    {
      key: 'schedule',
      show: (r) => describeSchedule(r.config.training.schedule),
    },
    { key: 'batch-size', show: (r) => String(r.config.training.batchSize) },
    { key: 'epochs', show: (r) => String(r.config.training.epochs) },
    {
      key: 'shuffle',
      show: (r) => t(r.config.training.shuffle ? 'experiments.rows.yes' : 'experiments.rows.no'),
    },
    {
      key: 'early-stopping',
      show: (r) => describeEarlyStopping(r.config.training.earlyStopping),
    },
    {
      key: 'seed',
      show: (r) =>
        t('experiments.rows.seedValue', {
          weights: r.config.seed,
          shuffling: r.config.training.seed,
        }),
    },
    {
      key: 'normalisation',
      show: (r) => describeNormalize(r.config.normalize),
    },
    {
      key: 'split',
      show: (r) => describeSplit(r.config.split),
    },
    { key: 'derived', show: (r) => describeDerived(r.config.derived) },
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
  const plain = (key: string, show: (r: ExperimentRecord) => string) =>
    rows.push({
      key,
      label: t(`experiments.rows.${key}`),
      section: 'results',
      values: runs.map(show),
      differs: false,
      best: [],
    });

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
  plain('status', (r) => statusLabel(r.status));
  plain('epochs-run', (r) => String(r.epochsDone));
  plain('duration', (r) =>
    r.startedAt !== null && r.finishedAt !== null
      ? formatDuration(r.finishedAt - r.startedAt)
      : t('experiments.rows.notFinished'),
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
    datasetNames.get(r.datasetId) ?? t('experiments.rows.datasetId', { id: r.datasetId });
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
      label: t(`experiments.rows.${s.key}`),
      section: 'config',
      values: runs.map(s.show),
      differs: new Set(keys).size > 1,
      best: [],
    };
  });
  return [...config, ...resultRows(runs)];
}
