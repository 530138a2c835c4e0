import type { DerivedFeature } from '../../src-engine/data/derived-features';
import { parseModel } from '../../src-engine/serialize/model-format';
import type { EpochReport } from '../../src-engine/train/reports';
import type { RunCommand } from '../../src-engine/train/run-commands';
import { endedStatusOf, isActive } from '../contract/run-status';
import type { ExperimentConfig, ExperimentRecord } from '../store/records';
import type { Store } from '../store/store';
import type {
  FromTrainer,
  RunRequest,
  Snapshot,
  StateDetail,
  WatchRequest,
} from '../training/protocol';
import type { Supervisor } from '../training/supervisor';
import type { ModelFile } from '../../src-engine/serialize/model-format';
import type { StoredEvaluation } from '../store/evaluation-json';
import { predictRows } from '../training/predict-rows';
import { finalMetricsOf, judgePredictions, PARTS, type PartPredictions } from './judge-predictions';
import { networkDifference } from './same-network';
import { trainedModel } from './trained-model';
import type { LabEvents } from '../contract/handlers';
import { prepareData } from './prepare-data';
import { guardedListener, RunBookkeeping } from './run-bookkeeping';
import { thinForViews } from './thin-for-views';
import { RunRequestError } from './run-request-error';
import { checkSpecFits, rawInputs } from './run-request-checks';
import { autoRunName, uniqueRunName } from './run-name';
import type { RunAction, StartRun } from './start-run';

/**
 * Runs experiments: stores each one before it starts, trains it in a trainer process, writes
 * its metrics, checkpoints and model as they come, and records how it ended — also when the
 * trainer crashed (the run keeps its last checkpoint and can be resumed).
 */
export class RunService {
  private readonly progressListeners = new Map<number, Set<(epochs: EpochReport[]) => void>>();
  private readonly books: RunBookkeeping;

  constructor(
    private readonly store: Store,
    private readonly supervisor: Supervisor,
    private readonly events: LabEvents,
    private readonly appVersion: string,
    /** checkpoints at most this often, in ms (see RunRequest.checkpointMinMillis) */
    private readonly checkpointMinMillis?: number,
  ) {
    this.books = new RunBookkeeping(store, events, (id) =>
      supervisor.control(String(id), { type: 'command', command: { type: 'stop' } }),
    );
  }

  /** Stops recording (before the store closes): what trainers still send is dropped. */
  close(): void {
    this.books.close();
  }

  /** Stores and starts (or queues) a run. @returns its experiment id
   * @throws if the dataset is unknown or does not fit the network */
  start(request: StartRun): number {
    const dataset = this.store.datasets.get(request.datasetId);
    if (!dataset)
      throw new RunRequestError('not-found', `dataset ${request.datasetId} does not exist`);
    const derived = request.derived ?? [];
    checkSpecFits(request.spec, derived, dataset);
    const carried =
      request.fromExperiment === undefined ? undefined : this.carriedModel(request, derived);
    const config: ExperimentConfig = {
      spec: request.spec,
      training: request.training,
      seed: request.seed,
      datasetHash: dataset.hash,
      appVersion: this.appVersion,
      normalize: request.normalize ?? 'none',
      split: request.split,
      ...(derived.length > 0 ? { derived: [...derived] } : {}),
      ...carried,
    };
    const taken = (name: string) =>
      this.store.listExperiments({ search: name }).some((e) => e.name === name);
    const record = this.store.experiments.create({
      name:
        request.name ??
        (request.autoName
          ? uniqueRunName(request.autoName, taken)
          : autoRunName(dataset.name, request.spec, request.training, taken)),
      datasetId: dataset.id,
      designId: request.designId ?? null,
      config,
    });
    try {
      this.launch(record, undefined, {
        startPaused: request.startPaused,
        epochsPerSecond: request.epochsPerSecond ?? null,
      });
      if (request.watch) this.watch(record.id, request.watch);
    } catch (error) {
      // The row exists already: record why it never started rather than leave it queued.
      this.books.end(record.id, 'failed', (error as Error).message);
      throw error;
    }
    return record.id;
  }

  /** Starts a new experiment with the same config (and so the same numbers).
   * @throws RunRequestError('conflict') for an imported model (it was never trained here) */
  rerun(experimentId: number): number {
    const old = this.mustGet(experimentId);
    const { spec, training, seed, normalize, split, derived, continuesFrom } = old.config;
    if (old.config.importedFrom !== undefined) {
      throw new RunRequestError(
        'conflict',
        `experiment ${experimentId} was imported from ${old.config.importedFrom}, not trained here: there is no run to repeat (train it further with fromExperiment instead)`,
      );
    }
    return this.start({
      fromExperiment: continuesFrom,
      datasetId: old.datasetId,
      spec,
      training,
      seed,
      normalize,
      split,
      derived,
      name: `${old.name} (again)`,
      designId: old.designId,
    });
  }

  /** Continues a crashed or stopped run from its last checkpoint.
   * @throws if the run has no checkpoint or is still running */
  resume(experimentId: number): void {
    const record = this.mustGet(experimentId);
    if (isActive(record.status)) {
      throw new RunRequestError('conflict', `experiment ${experimentId} is still ${record.status}`);
    }
    const saved = this.store.checkpoints.get(experimentId);
    if (!saved)
      throw new RunRequestError(
        'conflict',
        `experiment ${experimentId} has no checkpoint to resume from`,
      );
    this.store.metrics.deleteAfter(experimentId, saved.epoch);
    this.store.experiments.setStatus(experimentId, 'queued', null);
    this.launch(record, saved.checkpoint);
  }

  /** Pauses, resumes, steps or stops a run: heard at its next batch boundary.
   * @throws RunRequestError('conflict') when the run is not going */
  control(experimentId: number, action: RunAction): void {
    const command: RunCommand =
      action === 'step-batch' ? { type: 'step', kind: 'batch' }
      : action === 'step-epoch' ? { type: 'step', kind: 'epoch' }
      : { type: action }; // prettier-ignore
    this.command(experimentId, command);
  }

  setLearningRate(experimentId: number, rate: number): void {
    this.command(experimentId, { type: 'set-rate', learningRate: rate });
  }

  /** Epochs a second at most, or (null) as fast as possible. */
  setPace(experimentId: number, epochsPerSecond: number | null): void {
    this.command(experimentId, { type: 'pace', epochsPerSecond });
  }

  /** Goes on past the planned epochs until stopped (on), or ends at them; the stored config
   * says so, so that the run's row still tells how it was trained. */
  keepRunning(experimentId: number, on: boolean): void {
    this.command(experimentId, { type: 'keep-running', on });
    const record = this.mustGet(experimentId);
    const { keepRunning: _was, ...rest } = record.config.training;
    const training = on ? { ...rest, keepRunning: true } : rest;
    this.store.experiments.setConfig(experimentId, { ...record.config, training });
  }

  watch(experimentId: number, watch: WatchRequest): void {
    if (!this.supervisor.control(String(experimentId), { type: 'watch', watch }))
      this.notRunning(experimentId);
  }

  private command(experimentId: number, command: RunCommand): void {
    if (!this.supervisor.control(String(experimentId), { type: 'command', command }))
      this.notRunning(experimentId);
  }

  /** Calls `listener` with each batch of epoch reports of one run (in-process callers such
   * as the command line; views get the same through `runs:progress` events).
   * @returns a function that unsubscribes */
  onProgress(experimentId: number, listener: (epochs: EpochReport[]) => void): () => void {
    const set = this.progressListeners.get(experimentId) ?? new Set();
    set.add(listener);
    this.progressListeners.set(experimentId, set);
    return () => set.delete(listener);
  }

  /** Resolves when the run has ended (at once if it already has). */
  waitFor(experimentId: number): Promise<ExperimentRecord> {
    const record = this.mustGet(experimentId);
    if (!isActive(record.status)) return Promise.resolve(record);
    return this.books.waitFor(experimentId);
  }

  private launch(
    record: ExperimentRecord,
    checkpoint?: Parameters<Store['checkpoints']['save']>[1],
    start: Pick<RunRequest, 'startPaused' | 'epochsPerSecond'> = {},
  ): void {
    const id = record.id;
    this.books.begin(id);
    const dataset = this.store.datasets.get(record.datasetId);
    if (!dataset)
      throw new RunRequestError('not-found', `dataset ${record.datasetId} does not exist`);
    const { config } = record;
    const derived = config.derived ?? [];
    const continued = config.continuesFrom !== undefined;
    const parts = prepareData(
      dataset,
      config.split ?? dataset.split,
      config.normalize,
      derived,
      continued ? (config.scaling ?? null) : undefined,
      config.spec.layers.at(-1)?.units,
    );
    // a resumed run has its weights in the checkpoint; a fresh one takes the model's
    const initialWeights =
      continued && !checkpoint ? this.sourceModel(config.continuesFrom!).weights : undefined;
    this.supervisor.start(
      {
        runId: String(id),
        spec: config.spec,
        dtype: 'float32',
        initSeed: config.seed,
        config: config.training,
        train: parts.train,
        validation: parts.validation.m > 0 ? parts.validation : undefined,
        test: parts.test.m > 0 ? parts.test : undefined,
        initialWeights,
        checkpoint,
        checkpointMinMillis: this.checkpointMinMillis,
        // 2-D data: surfaces are drawn over the two raw inputs, through the run's pipeline
        inputFeatures:
          rawInputs(dataset) === 2 ? { derived, scaler: parts.scaler ?? undefined } : undefined,
        ...start,
        modelExtras: {
          normalization: parts.scaler ?? undefined,
          featureNames: parts.featureNames,
          targetNames: parts.targetNames,
          labels: parts.classNames,
        },
      },
      // every step runs guarded: a write the disk refuses ends this run, never the host
      guardedListener(id, this.books, {
        onStatus: (status, detail) => this.onStatus(id, status, detail),
        onStepped: (at) =>
          this.events.emit('runs:status', { experimentId: id, status: 'paused', at }),
        onSettings: (settings) => this.events.emit('runs:settings', { experimentId: id, settings }),
        onRefused: (refused, refusal) =>
          this.events.emit('runs:settings', {
            experimentId: id,
            refused,
            ...(refusal ? { refusal } : {}),
          }),
        onProgress: (epochs, batch, at) => {
          if (epochs.length) this.store.metrics.append(id, epochs);
          for (const listener of this.progressListeners.get(id) ?? []) listener(epochs);
          const shown = thinForViews(epochs);
          this.events.emit('runs:progress', {
            experimentId: id,
            epochs: shown,
            batch,
            at,
            ...(shown.length < epochs.length ? { thinned: epochs.length } : {}),
          });
        },
        onSnapshot: (snapshot: Snapshot) =>
          this.events.emit('runs:snapshot', { experimentId: id, snapshot }),
        onCheckpoint: (_epoch, cp) => this.store.checkpoints.save(id, cp),
        onDone: (message) => this.onDone(id, message, parts),
        onFailed: (kind, reason, _exit, ending) =>
          this.books.end(id, kind === 'crashed' ? 'crashed' : 'failed', reason, undefined, ending),
        onDropped: (reason) => this.books.end(id, 'stopped', reason),
      }),
    );
  }

  private onStatus(
    id: number,
    status: 'queued' | 'running' | 'paused',
    detail?: StateDetail,
  ): void {
    this.store.experiments.setStatus(id, status, null);
    this.events.emit('runs:status', { experimentId: id, status, ...detail });
  }

  private onDone(
    id: number,
    message: Extract<FromTrainer, { type: 'done' }>,
    parts: ReturnType<typeof prepareData>,
  ): void {
    const { training } = this.mustGet(id).config;
    const outputs = message.model.spec.layers.at(-1)!.units;
    let predictions: PartPredictions | undefined = message.predictions;
    let evaluation: StoredEvaluation;
    try {
      evaluation = judgePredictions(parts, predictions ?? {}, training.loss, outputs);
    } catch {
      // a trainer that sent no outputs: run the model here, once
      const { network } = parseModel(message.model);
      predictions = {};
      for (const part of PARTS) {
        if (parts[part].m > 0) predictions[part] = predictRows(network, parts[part]);
      }
      evaluation = judgePredictions(parts, predictions, training.loss, outputs);
    }
    this.store.models.save(id, message.model, evaluation);
    const metrics = finalMetricsOf(evaluation);
    this.books.end(
      id,
      endedStatusOf(message.status),
      message.reason ?? null,
      metrics,
      message.ending,
    );
  }

  /** What a run started from another's model takes over: the reference and its scaling.
   * @throws RunRequestError when there is no such model, or it is not the run's network */
  private carriedModel(
    request: StartRun,
    derived: readonly DerivedFeature[],
  ): Pick<ExperimentConfig, 'continuesFrom' | 'scaling' | 'normalize'> {
    const from = request.fromExperiment!;
    const model = this.sourceModel(from);
    const difference = networkDifference(request.spec, model.spec);
    if (difference) {
      throw new RunRequestError(
        'invalid',
        `the network is not experiment ${from}'s, whose weights it would start from: ${difference}`,
      );
    }
    const theirs = this.mustGet(from).config.derived ?? [];
    if (theirs.join() !== derived.join()) {
      const list = (d: readonly string[]) => (d.length ? d.join(', ') : 'none');
      throw new RunRequestError(
        'invalid',
        `derived inputs (${list(derived)}) differ from experiment ${from}'s (${list(theirs)}), whose weights it would start from`,
      );
    }
    const scaling = model.normalization;
    return {
      continuesFrom: from,
      normalize: !scaling ? 'none' : scaling.kind === 'standard' ? 'standard' : 'minmax',
      ...(scaling ? { scaling } : {}),
    };
  }

  /** The trained model of the experiment a run continues. @throws as trainedModel */
  private sourceModel(experimentId: number): ModelFile {
    try {
      return trainedModel(this.store, experimentId).file;
    } catch (error) {
      if (!(error instanceof RunRequestError)) throw error;
      throw new RunRequestError(
        error.code,
        `cannot start from experiment ${experimentId}'s model: ${error.message}`,
      );
    }
  }

  private mustGet(id: number): ExperimentRecord {
    const record = this.store.experiments.get(id);
    if (!record) throw new RunRequestError('not-found', `experiment ${id} does not exist`);
    return record;
  }

  private notRunning(id: number): never {
    throw new RunRequestError('conflict', `experiment ${id} is not running`);
  }
}
