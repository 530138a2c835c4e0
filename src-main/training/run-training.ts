import { Network } from '../../src-engine/network/network';
import { toModelFile } from '../../src-engine/serialize/model-format';
import { DecisionSurface } from '../../src-engine/surface/decision-surface';
import { TrainingSession } from '../../src-engine/train/session';
import { Trainer } from '../../src-engine/train/trainer';
import type { ParentPort } from './parent-port';
import { ProgressBatcher } from './progress-batcher';
import { snapshotWeights } from './snapshot-weights';
import { predictRowsYielding } from './predict-rows';
import type { PartOutputs, RunRequest, Snapshot, ToTrainer, WatchRequest } from './protocol';
import { surfaceFeatureMap } from './surface-features';

/**
 * One run inside a trainer process: trains with the engine, streams progress, snapshots and
 * checkpoints to the parent, and obeys its controls.
 */
export class TrainingRun {
  private readonly network: Network;
  private readonly trainer: Trainer;
  private readonly session: TrainingSession;
  private readonly progress: ProgressBatcher;
  private readonly surface: DecisionSurface;
  /** grid points to network inputs, for runs with derived inputs */
  private readonly surfaceFeatures?: ReturnType<typeof surfaceFeatureMap>;
  private watch: WatchRequest = { perSecond: 0 };
  private lastSnapshot = 0;

  /** @throws if the request is invalid (bad spec, data that does not fit, bad checkpoint) */
  constructor(
    private readonly run: RunRequest,
    private readonly port: ParentPort,
  ) {
    this.network = new Network(run.spec, { dtype: run.dtype, seed: run.initSeed });
    // before the trainer exists: early stopping keeps a copy of the weights it starts from
    if (run.initialWeights) this.network.setWeights(run.initialWeights);
    this.trainer = new Trainer(this.network, run.train, run.config, run.validation);
    if (run.checkpoint) this.trainer.restore(run.checkpoint);
    this.surface = new DecisionSurface(this.network);
    if (run.inputFeatures && run.inputFeatures.derived.length > 0) {
      const expected = 2 + run.inputFeatures.derived.length;
      if (run.spec.inputs !== expected) {
        throw new Error(
          `the network takes ${run.spec.inputs} inputs but the data gives 2 + ${run.inputFeatures.derived.length} derived = ${expected}`,
        );
      }
      this.surfaceFeatures = surfaceFeatureMap(run.inputFeatures);
    }
    this.progress = new ProgressBatcher((epochs, batch) =>
      port.send({ type: 'progress', epochs, batch }),
    );
    const every = Math.max(1, run.checkpointEvery ?? 10);
    this.session = new TrainingSession(this.trainer, {
      onBatch: (report) => {
        this.progress.addBatch(report);
        this.maybeSnapshot();
      },
      onEpoch: (report) => {
        this.progress.addEpoch(report);
        if (report.epoch % every === 0) this.checkpoint();
      },
      onStatus: (status, reason) => {
        this.progress.flush();
        port.send({ type: 'status', status, reason });
      },
    });
  }

  /** Trains to the end and reports how it ended. */
  async start(): Promise<void> {
    const result = await this.session.run();
    this.progress.flush();
    this.checkpoint();
    const predictions = await this.judgeParts();
    this.port.send({
      type: 'done',
      status: result.status,
      reason: result.reason,
      epochs: result.epochs,
      steps: result.steps,
      bestEpoch: result.bestEpoch,
      model: toModelFile(this.network, { ...this.run.modelExtras, training: this.run.config }),
      predictions,
    });
  }

  /** The final model's outputs on every part, computed here where the model is. */
  private async judgeParts(): Promise<PartOutputs> {
    const out: PartOutputs = {};
    const { train, validation, test } = this.run;
    for (const [part, rows] of [
      ['train', train],
      ['validation', validation],
      ['test', test],
    ] as const) {
      if (rows && rows.m > 0) out[part] = await predictRowsYielding(this.network, rows);
    }
    return out;
  }

  handle(message: ToTrainer): void {
    switch (message.type) {
      case 'pause':
        return this.session.pause();
      case 'resume':
        return this.session.resume();
      case 'step':
        return this.session.step(message.kind);
      case 'stop':
        return this.session.stop();
      case 'set':
        return this.session.setLearningRate(message.learningRate);
      case 'watch':
        this.watch = {
          ...message.watch,
          perSecond: Math.min(10, Math.max(0, message.watch.perSecond)),
        };
        this.lastSnapshot = 0;
        return this.maybeSnapshot();
      case 'start':
        throw new Error('this trainer is already running a run');
    }
  }

  /** After a single step while paused: its reports and a snapshot go out now. */
  afterStep(): void {
    this.progress.flush();
    this.lastSnapshot = 0;
    this.maybeSnapshot();
  }

  /** Sends a snapshot now if one is due. */
  maybeSnapshot(): void {
    if (this.watch.perSecond <= 0) return;
    const now = Date.now();
    if (now - this.lastSnapshot < 1000 / this.watch.perSecond) return;
    this.lastSnapshot = now;
    const snapshot: Snapshot = {
      epoch: this.trainer.epochsDone,
      step: this.trainer.stepsDone,
      weights: snapshotWeights(this.network.getWeights()),
    };
    const s = this.watch.surface;
    if (s && (this.network.inputs === 2 || this.surfaceFeatures)) {
      const surface = this.surface.evaluate(s.box, s.n, {
        withHidden: s.withHidden,
        features: this.surfaceFeatures,
      });
      snapshot.surface = {
        n: surface.n,
        box: surface.box,
        outputs: surface.outputs,
        output: surface.output,
        hidden: surface.hidden,
      };
    }
    this.port.send({ type: 'snapshot', snapshot });
  }

  private checkpoint(): void {
    // Metrics first: whoever stores both then never holds a checkpoint ahead of its epochs.
    this.progress.flush();
    this.port.send({
      type: 'checkpoint',
      epoch: this.trainer.epochsDone,
      checkpoint: this.trainer.checkpoint(),
    });
  }
}
