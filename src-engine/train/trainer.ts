import { engineError, type EngineProblem } from '../core/engine-error';
import type { FloatArray } from '../core/float-array';
import { allocate } from '../core/float-array';
import type { Loss } from '../losses/loss';
import { fusedGradient, isFused } from '../losses/fused';
import { getLoss } from '../losses/registry';
import type { Network } from '../network/network';
import type { Optimizer } from '../optim/optimizer';
import { createOptimizer } from '../optim/create-optimizer';
import type { ScheduleSpec } from '../optim/schedule';
import { learningRateAt, rescheduleAt } from '../optim/schedule';
import { countCorrect } from './accuracy-counter';
import type { TrainConfig, TrainingData } from './config';
import { assertValidConfig } from './config';
import { BatchSource } from './batches';
import type { TrainerCheckpoint } from './checkpoint';
import { checkData } from './check-data';
import { EarlyStopping } from './early-stopping';
import { evaluate } from './evaluate';
import type { BatchReport, EpochReport, TrainResult, TrainStatus } from './reports';
import { refuseRate, type RunPosition } from './run-commands';
import { lossNotFinite, stoppedByUser, weightsInfinite } from './run-endings';

/** One update's report, with the epoch's report when the update finished an epoch. */
export interface StepOutcome {
  batch: BatchReport;
  epoch?: EpochReport;
}

/** How a Trainer keeps its records. */
export interface TrainerOptions {
  /** keep every epoch's report in `history` and in checkpoints (default true); a trainer whose
   * reports are stored elsewhere leaves it off, so a long run's checkpoints stay small */
  keepHistory?: boolean;
}

/**
 * Trains a network by mini-batch gradient descent, one update at a time: the lecture's loop
 * (make a batch, forward, J, ∇J, w ← w − α∇J) with shuffling, schedules, validation, early
 * stopping and divergence detection. Synchronous; `RunLoop` drives it with pause,
 * resume, step and stop.
 */
export class Trainer {
  readonly network: Network;
  readonly config: TrainConfig;
  readonly history: EpochReport[] = [];
  status: TrainStatus = 'ready';
  reason: string | undefined;
  /** the reason as code and values, for a translation (see run-endings.ts) */
  ending: EngineProblem | undefined;
  private readonly train: TrainingData;
  private readonly validation: TrainingData | undefined;
  private readonly loss: Loss;
  private readonly fused: boolean;
  private readonly optimizer: Optimizer;
  private readonly batches: BatchSource;
  private readonly dOut: FloatArray;
  private readonly early: EarlyStopping | null;
  private schedule: ScheduleSpec;
  private baseRate: number;
  private epoch = 0;
  private batchInEpoch = 0;
  private steps = 0;
  // NaN, not 0, so that V8 lays these fields out as doubles from the start: a later switch
  // from small-integer to double fields throws away the optimised training loop once.
  private epochLoss = NaN;
  private epochCorrect = 0;
  private epochStart = NaN;
  private keepRunning: boolean;
  private readonly keepHistory: boolean;

  /** @throws if the config is invalid or the data does not fit the network */
  constructor(
    network: Network,
    train: TrainingData,
    config: TrainConfig,
    validation?: TrainingData,
    options: TrainerOptions = {},
  ) {
    assertValidConfig(config);
    this.keepHistory = options.keepHistory ?? true;
    checkData(network, train, 'training');
    if (validation) checkData(network, validation, 'validation');
    this.network = network;
    this.config = { ...config };
    this.train = train;
    this.validation = validation && validation.m > 0 ? validation : undefined;
    this.loss = getLoss(config.loss);
    const outputActivation = network.layers[network.layers.length - 1].activationName;
    this.fused = isFused(outputActivation, config.loss);
    this.optimizer = createOptimizer(config.optimizer);
    this.schedule = config.schedule ?? { kind: 'constant' };
    this.baseRate = config.learningRate;
    this.batches = new BatchSource(
      train,
      network.inputs,
      network.outputs,
      config.batchSize,
      config.shuffle,
      config.seed,
    );
    this.dOut = allocate(network.dtype, this.batches.batchSize * network.outputs);
    this.early = config.earlyStopping ? new EarlyStopping(config.earlyStopping, network) : null;
    this.keepRunning = config.keepRunning ?? false;
  }

  get batchesPerEpoch(): number {
    return this.batches.batchesPerEpoch;
  }

  /** Epochs finished so far. */
  get epochsDone(): number {
    return this.epoch;
  }

  /** Updates made so far. */
  get stepsDone(): number {
    return this.steps;
  }

  /** The epoch whose weights early stopping kept, when it is on. */
  get bestEpoch(): number | undefined {
    return this.early ? this.early.bestEpochSeen : undefined;
  }

  /** Whether the run has ended (done, stopped, early-stopped or diverged). */
  get finished(): boolean {
    const s = this.status;
    return s !== 'ready' && s !== 'running' && s !== 'paused';
  }

  /** What the run came to so far: its status, counts, reason and every epoch's report. */
  result(): TrainResult {
    return {
      status: this.status,
      epochs: this.epoch,
      steps: this.steps,
      reason: this.reason,
      ending: this.ending,
      bestEpoch: this.bestEpoch,
      history: this.history,
    };
  }

  /** The rate the next update will use. */
  get learningRate(): number {
    return learningRateAt(this.schedule, this.baseRate, this.steps, this.epoch);
  }

  /** Changes the learning rate from the next update on; a schedule goes on from the new rate.
   * @throws EngineError if the rate is not a positive number ('command.learningRate'), or if
   *   the schedule has decayed the rate so far that no base rate leads back to this one
   *   ('command.rateUnreachable'); the rate is then left as it was */
  setLearningRate(rate: number): void {
    if (!(rate > 0) || !Number.isFinite(rate)) refuseRate(rate);
    const next = rescheduleAt(this.schedule, this.baseRate, rate, this.steps, this.epoch);
    // A decay that underflowed (γ^epoch near 0) would need an infinite base rate, which
    // turns every later rate into Infinity or NaN: refused rather than ruining the run.
    const reached = learningRateAt(next.schedule, next.baseRate, this.steps, this.epoch);
    if (!Number.isFinite(next.baseRate) || !Number.isFinite(reached) || !(reached > 0)) {
      throw engineError('command.rateUnreachable', { got: rate, schedule: this.schedule.kind });
    }
    this.schedule = next.schedule;
    this.baseRate = next.baseRate;
  }

  /** Where the run is: epochs and batches finished, updates made. */
  get position(): RunPosition {
    return {
      epoch: this.epoch,
      batch: this.batchInEpoch,
      batchesPerEpoch: this.batchesPerEpoch,
      step: this.steps,
    };
  }

  /** Batches finished in the current epoch (0 between epochs). */
  get batchesIntoEpoch(): number {
    return this.batchInEpoch;
  }

  /** Whether the run goes on past its planned epochs until stopped. */
  get keepsRunning(): boolean {
    return this.keepRunning;
  }

  /** Goes on past the planned epochs (true) or ends at them (false): a run already past them
   * ends at the end of its current epoch, or at once between epochs. */
  setKeepRunning(on: boolean): void {
    this.keepRunning = on;
    if (!on && !this.finished && this.batchInEpoch === 0 && this.epoch >= this.config.epochs) {
      this.status = 'done';
    }
  }

  /** Restarts the epoch clock, after a pause, so that the pause is not counted as training. */
  restartClock(): void {
    this.epochStart = NaN;
  }

  /** Marks the run stopped by the user. */
  stop(): void {
    if (!this.finished) {
      this.status = 'stopped';
      this.end(stoppedByUser(this.epochsDone));
    }
  }

  /** The state of the run, to continue it later with `restore`. */
  checkpoint(): TrainerCheckpoint {
    return {
      version: 1,
      params: this.network.params().map((p) => Array.from(p.value)),
      optimizer: this.optimizer.getState(),
      batches: this.batches.getState(),
      schedule: { ...this.schedule },
      baseRate: this.baseRate,
      epoch: this.epoch,
      batchInEpoch: this.batchInEpoch,
      steps: this.steps,
      epochLoss: this.epochLoss,
      epochCorrect: this.epochCorrect,
      history: this.history.map((h) => ({ ...h })),
      early: this.early ? this.early.getState() : null,
    };
  }

  /** Continues from a checkpoint of a run with the same network spec, data and config.
   * @throws if the checkpoint does not fit this network or data */
  restore(cp: TrainerCheckpoint): void {
    const params = this.network.params();
    if (cp.version !== 1 || cp.params.length !== params.length) {
      throw new Error('checkpoint does not belong to this network and data');
    }
    params.forEach((p, i) => {
      if (cp.params[i].length !== p.value.length)
        throw new Error(`checkpoint: ${p.name} has the wrong size`);
      p.value.set(cp.params[i]);
    });
    this.optimizer.setState(cp.optimizer);
    this.batches.setState(cp.batches);
    this.schedule = { ...cp.schedule };
    this.baseRate = cp.baseRate;
    this.epoch = cp.epoch;
    this.batchInEpoch = cp.batchInEpoch;
    this.steps = cp.steps;
    this.epochLoss = cp.epochLoss;
    this.epochCorrect = cp.epochCorrect;
    // One by one: a long run's history is too long to spread into a call.
    this.history.length = 0;
    if (this.keepHistory) for (const h of cp.history) this.history.push({ ...h });
    if (this.early && cp.early) this.early.setState(cp.early);
    this.status = !this.keepRunning && cp.epoch >= this.config.epochs ? 'done' : 'ready';
    this.reason = undefined;
    this.ending = undefined;
  }

  /** Makes one update (the next batch). @throws if the run has already ended */
  step(): StepOutcome {
    if (this.finished) throw new Error(`the run has ended (${this.status})`);
    if (this.batchInEpoch === 0) this.beginEpoch();
    const { network, train } = this;
    const outputs = network.outputs;
    const { x, y: t, size } = this.batches.batch(this.batchInEpoch);
    const y = network.forward(x, size);
    const lossValue = this.loss.value(y, t, size, outputs);
    if (train.task === 'classification') this.epochCorrect += countCorrect(y, t, size, outputs);
    const rate = this.learningRate;
    const batch: BatchReport = {
      epoch: this.epoch + 1,
      batch: this.batchInEpoch + 1,
      batchesPerEpoch: this.batchesPerEpoch,
      step: this.steps + 1,
      loss: lossValue,
      learningRate: rate,
      size,
    };
    if (!Number.isFinite(lossValue)) {
      this.diverge(lossValue, batch);
      return { batch };
    }
    if (this.fused) {
      fusedGradient(y, t, this.dOut, size, outputs);
      network.backwardFromOutputPreActivation(this.dOut, size);
    } else {
      this.loss.gradient(y, t, this.dOut, size, outputs);
      network.backward(this.dOut, size);
    }
    this.optimizer.step(network.params(), rate);
    this.steps++;
    this.epochLoss += lossValue * size;
    this.batchInEpoch++;
    if (this.batchInEpoch < this.batchesPerEpoch) return { batch };
    return { batch, epoch: this.endEpoch() };
  }

  /** Runs updates to the end of the current epoch (or of the run). */
  stepEpoch(): StepOutcome[] {
    const outcomes: StepOutcome[] = [];
    do outcomes.push(this.step());
    while (!this.finished && this.batchInEpoch !== 0);
    return outcomes;
  }

  private beginEpoch(): void {
    if (this.status === 'ready') this.status = 'running';
    this.batches.beginEpoch();
    this.epochLoss = 0;
    this.epochCorrect = 0;
    if (Number.isNaN(this.epochStart)) this.epochStart = Date.now();
  }

  private endEpoch(): EpochReport {
    const { train } = this;
    this.batchInEpoch = 0;
    this.epoch++;
    const validation = this.validation ? evaluate(this.network, this.loss, this.validation) : null;
    // One clock reading per epoch: it ends this epoch and starts the next (a clock read costs
    // as much as a whole update of a tiny network).
    const now = Date.now();
    // One object literal with every field, so that every report has the same shape.
    const report: EpochReport = {
      epoch: this.epoch,
      step: this.steps,
      loss: this.epochLoss / train.m,
      accuracy: train.task === 'classification' ? this.epochCorrect / train.m : undefined,
      validationLoss: validation?.loss,
      validationAccuracy: validation?.accuracy,
      learningRate: learningRateAt(this.schedule, this.baseRate, this.steps - 1, this.epoch - 1),
      millis: now - this.epochStart,
      weights: this.config.reportWeights ? this.network.getWeights() : undefined,
    };
    this.epochStart = now;
    if (this.keepHistory) this.history.push(report);
    const last = !this.keepRunning && this.epoch >= this.config.epochs;
    // A finite batch loss means the weights were finite before its update; only the last
    // update of a run (or a validation pass) can reveal infinite weights without a step after.
    if ((validation && !Number.isFinite(validation.loss)) || (last && !this.network.allFinite())) {
      this.status = 'diverged';
      this.end(weightsInfinite(this.epoch, report.learningRate));
    } else if (this.early?.update(report.validationLoss ?? report.loss, this.epoch)) {
      this.status = 'early-stopped';
      this.end(this.early.describe());
    } else if (last) {
      this.status = 'done';
    }
    return report;
  }

  private end(problem: EngineProblem): void {
    this.ending = problem;
    this.reason = problem.message;
  }

  private diverge(value: number, batch: BatchReport): void {
    this.status = 'diverged';
    this.end(lossNotFinite(value, batch.epoch, batch.batch, batch.learningRate));
  }
}
