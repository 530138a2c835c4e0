/**
 * A stored run opened in Train from Experiments: its setup, curves, status and timing at once,
 * then its model's weights and (2-D data) decision surface, computed here — a stored run has no
 * trainer to ask for pictures.
 */
import { shallowRef, type ShallowRef } from 'vue';
import type { RunStatus } from '../../src-main/contract/run-status';
import type { LabClient } from '../api';
import type { useTrainResultsStore } from '../stores/train-results';
import type { TrainSetup } from './train-setup';
import type { ShownSnapshot } from './live-run';
import { modelSurface } from './model-surface';
import { fitBox, type PlotPoints } from './plot-points';
import { seriesFromCurves, type TrainSeries } from './train-series';
import { i18n } from '../i18n';
import type { RunEnding } from '../i18n/run-reason';
import { errorText } from '../i18n/error-text';

const t = i18n.global.t;

export interface StoredRun {
  experimentId: number;
  name: string;
  status: RunStatus;
  /** why it ended, said when shown (it follows a change of language) */
  ending: RunEnding;
  series: TrainSeries;
  epochsDone: number;
  startedAt: number | null;
  endedAt: number | null;
  /** the model's picture, once it is loaded */
  snapshot: ShallowRef<ShownSnapshot | null>;
}

/** What opening a stored run needs of the Train store. */
export interface OpenDeps {
  lab: LabClient;
  prepare(setup: TrainSetup): Promise<void>;
  results: ReturnType<typeof useTrainResultsStore>;
  show(run: StoredRun): void;
  fail(message: string): void;
  points(): PlotPoints | null;
  twoInputs(): boolean;
  /** the stored run shown now (a later open replaces an earlier one still loading) */
  current(): number | null;
  surfaceN: number;
}

/** Opens stored run `id` in Train. Never throws: problems go to `fail`. */
export async function openStoredRun(id: number, deps: OpenDeps): Promise<void> {
  const { lab } = deps;
  const got = await lab.call('experiments:get', { id });
  if (!got.ok) return deps.fail(t('train.stored.openFailed', { id, reason: errorText(got.error) }));
  const { experiment, curves } = got.value;
  const { config } = experiment;
  const dataset = await lab.call('datasets:get', { id: experiment.datasetId, rows: 1 });
  await deps.prepare({
    datasetId: experiment.datasetId,
    datasetName: dataset.ok
      ? dataset.value.dataset.name
      : t('train.stored.datasetById', { id: String(experiment.datasetId) }),
    datasetById: !dataset.ok || undefined,
    datasetOrigin: dataset.ok ? dataset.value.dataset : undefined,
    spec: config.spec,
    training: config.training,
    seed: config.seed,
    normalize: config.normalize ?? 'none',
    derived: config.derived,
  });
  if (!dataset.ok) deps.fail(t('train.stored.datasetFailed', { reason: errorText(dataset.error) }));
  const n = curves.epoch.length;
  const run: StoredRun = {
    experimentId: experiment.id,
    name: experiment.name,
    status: experiment.status,
    ending: { reason: experiment.reason, reasonDetail: experiment.reasonDetail },
    series: seriesFromCurves(curves),
    epochsDone: Math.max(experiment.epochsDone, n > 0 ? curves.epoch[n - 1] : 0),
    startedAt: experiment.startedAt,
    endedAt: experiment.finishedAt ?? experiment.startedAt,
    snapshot: shallowRef(null),
  };
  deps.show(run);
  const model = await deps.results.load(id, config.derived);
  if (!model || deps.current() !== id) return;
  let surface: ShownSnapshot['surface'];
  const points = deps.points();
  if (deps.twoInputs()) {
    try {
      const box = points ? fitBox(points.x, points.m) : fitBox(new Float32Array(), 0);
      const s = modelSurface(model, box, deps.surfaceN);
      surface = { n: s.n, box: s.box, outputs: s.outputs, output: s.output, hidden: s.hidden };
    } catch (error) {
      deps.fail(t('train.stored.surfaceFailed', { reason: (error as Error).message }));
    }
  }
  run.snapshot.value = {
    epoch: run.epochsDone,
    batch: 0,
    batchesPerEpoch: 0,
    step: 0,
    weights: model.file.weights,
    surface,
  };
}
