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
import { Rng } from '../random/rng';
import { countCorrect } from './accuracy-counter';
import type { TrainConfig, TrainingData } from './config';
import { assertValidConfig } from './config';
import type { TrainerCheckpoint } from './checkpoint';
import { EarlyStopping } from './early-stopping';
import { evaluate } from './evaluate';
import type { BatchReport, EpochReport, TrainStatus } from './reports';

/** One update's report, with the epoch's report when the update finished an epoch. */
export interface StepOutcome {
  batch: BatchReport;
  epoch?: EpochReport;
}

/**
 * Trains a network by mini-batch gradient descent, one update at a time: the lecture's loop
 * (make a batch, forward, J, ∇J, w ← w − α∇J) with shuffling, schedules, validation, early
 * stopping and divergence detection. Synchronous; `TrainingSession` drives it with pause,
 * resume, step and stop.
 */
export class Trainer {
  readonly network: Network;
  readonly config: TrainConfig;
  readonly history: EpochReport[] = [];
  status: TrainStatus = 'ready';
  reason: string | undefined;
  private readonly train: TrainingData;
  private readonly validation: TrainingData | undefined;
  private readonly loss: Loss;
  private readonly fused: boolean;
  private readonly optimizer: Optimizer;
  private readonly rng: Rng;
  private readonly order: Int32Array;
  private readonly batchSize: number;
  private readonly batchX: FloatArray;
  private readonly batchY: FloatArray;
  private readonly dOut: FloatArray;
  /** without shuffling, each batch's rows are one contiguous view, made once */
  private readonly fixedBatches: Array<{ x: FloatArray; y: FloatArray }> | null;
  private readonly early: EarlyStopping | null;
  private schedule: ScheduleSpec;
  private baseRate: number;
  private epoch = 0;
  private batchInEpoch = 0;
  private steps = 0;
  private epochLoss = 0;
  private epochCorrect = 0;
  private epochStart = 0;

  /** @throws if the config is invalid or the data does not fit the network */
  constructor(
    network: Network,
    train: TrainingData,
    config: TrainConfig,
    validation?: TrainingData,
  ) {
    assertValidConfig(config);
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
    this.rng = new Rng(config.seed);
    this.order = new Int32Array(train.m).map((_, i) => i);
    this.batchSize = Math.min(config.batchSize, train.m);
    this.batchX = allocate(network.dtype, this.batchSize * network.inputs);
    this.batchY = allocate(network.dtype, this.batchSize * network.outputs);
    this.dOut = allocate(network.dtype, this.batchSize * network.outputs);
    this.early = config.earlyStopping ? new EarlyStopping(config.earlyStopping, network) : null;
    this.fixedBatches = config.shuffle ? null : this.sliceBatches();
  }

  get batchesPerEpoch(): number {
    return Math.ceil(this.train.m / this.batchSize);
  }

  /** Epochs finished so far. */
  get epochsDone(): number {
    return this.history.length;
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

  /** The rate the next update will use. */
  get learningRate(): number {
    return learningRateAt(this.schedule, this.baseRate, this.steps, this.epoch);
  }

  /** Changes the learning rate from the next update on; a schedule goes on from the new rate.
   * @throws if the rate is not a positive number */
  setLearningRate(rate: number): void {
    if (!(rate > 0) || !Number.isFinite(rate))
      throw new Error(`learning rate must be positive, got ${rate}`);
    const next = rescheduleAt(this.schedule, this.baseRate, rate, this.steps, this.epoch);
    this.schedule = next.schedule;
    this.baseRate = next.baseRate;
  }

  /** Marks the run stopped by the user. */
  stop(): void {
    if (!this.finished) {
      this.status = 'stopped';
      this.reason = `stopped by the user after epoch ${this.epochsDone}`;
    }
  }

  /** The state of the run, to continue it later with `restore`. */
  checkpoint(): TrainerCheckpoint {
    return {
      version: 1,
      params: this.network.params().map((p) => Array.from(p.value)),
      optimizer: this.optimizer.getState(),
      rngState: this.rng.getState(),
      order: Array.from(this.order),
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
    if (
      cp.version !== 1 ||
      cp.params.length !== params.length ||
      cp.order.length !== this.train.m
    ) {
      throw new Error('checkpoint does not belong to this network and data');
    }
    params.forEach((p, i) => {
      if (cp.params[i].length !== p.value.length)
        throw new Error(`checkpoint: ${p.name} has the wrong size`);
      p.value.set(cp.params[i]);
    });
    this.optimizer.setState(cp.optimizer);
    this.rng.setState(cp.rngState);
    this.order.set(cp.order);
    this.schedule = { ...cp.schedule };
    this.baseRate = cp.baseRate;
    this.epoch = cp.epoch;
    this.batchInEpoch = cp.batchInEpoch;
    this.steps = cp.steps;
    this.epochLoss = cp.epochLoss;
    this.epochCorrect = cp.epochCorrect;
    this.history.splice(0, this.history.length, ...cp.history.map((h) => ({ ...h })));
    if (this.early && cp.early) this.early.setState(cp.early);
    this.status = cp.epoch >= this.config.epochs ? 'done' : 'ready';
    this.reason = undefined;
  }

  /** Makes one update (the next batch). @throws if the run has already ended */
  step(): StepOutcome {
    if (this.finished) throw new Error(`the run has ended (${this.status})`);
    if (this.batchInEpoch === 0) this.beginEpoch();
    const { network, train, batchSize } = this;
    const { inputs, outputs } = network;
    const start = this.batchInEpoch * batchSize;
    const size = Math.min(batchSize, train.m - start);
    const fixed = this.fixedBatches?.[this.batchInEpoch];
    const x = fixed ? fixed.x : this.gather(train.x, this.batchX, start, size, inputs);
    const t = fixed ? fixed.y : this.gather(train.y, this.batchY, start, size, outputs);
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
    if (this.config.shuffle) this.rng.shuffle(this.order);
    this.epochLoss = 0;
    this.epochCorrect = 0;
    this.epochStart = Date.now();
  }

  private endEpoch(): EpochReport {
    const { train } = this;
    this.batchInEpoch = 0;
    this.epoch++;
    const report: EpochReport = {
      epoch: this.epoch,
      step: this.steps,
      loss: this.epochLoss / train.m,
      learningRate: learningRateAt(this.schedule, this.baseRate, this.steps - 1, this.epoch - 1),
      millis: 0,
    };
    if (train.task === 'classification') report.accuracy = this.epochCorrect / train.m;
    if (this.validation) {
      const v = evaluate(this.network, this.loss, this.validation);
      report.validationLoss = v.loss;
      if (v.accuracy !== undefined) report.validationAccuracy = v.accuracy;
    }
    if (this.config.reportWeights) report.weights = this.network.getWeights();
    report.millis = Date.now() - this.epochStart;
    this.history.push(report);
    if (!this.network.allFinite()) {
      this.status = 'diverged';
      this.reason = `the weights became infinite in epoch ${this.epoch} — try a smaller learning rate (now ${fmt(report.learningRate)})`;
    } else if (this.early?.update(report.validationLoss ?? report.loss, this.epoch)) {
      this.status = 'early-stopped';
      this.reason = this.early.describe();
    } else if (this.epoch >= this.config.epochs) {
      this.status = 'done';
    }
    return report;
  }

  private diverge(value: number, batch: BatchReport): void {
    this.status = 'diverged';
    this.reason =
      `the loss became ${value} at epoch ${batch.epoch} (batch ${batch.batch}) — ` +
      `try a smaller learning rate (now ${fmt(batch.learningRate)})`;
  }

  /** Copies the batch's rows into `into` in the epoch's order. */
  private gather(
    src: FloatArray,
    into: FloatArray,
    start: number,
    size: number,
    cols: number,
  ): FloatArray {
    const order = this.order;
    for (let r = 0; r < size; r++) {
      const row = order[start + r];
      into.set(src.subarray(row * cols, (row + 1) * cols), r * cols);
    }
    return into;
  }

  private sliceBatches(): Array<{ x: FloatArray; y: FloatArray }> {
    const { inputs, outputs } = this.network;
    const { m, x, y } = this.train;
    const batches = [];
    for (let start = 0; start < m; start += this.batchSize) {
      const end = Math.min(start + this.batchSize, m);
      batches.push({
        x: x.subarray(start * inputs, end * inputs),
        y: y.subarray(start * outputs, end * outputs),
      });
    }
    return batches;
  }
}

function checkData(network: Network, data: TrainingData, what: string): void {
  if (!Number.isInteger(data.m) || data.m < (what === 'training' ? 1 : 0)) {
    throw new Error(`${what} data: needs at least one sample, got m = ${data.m}`);
  }
  if (data.x.length !== data.m * network.inputs) {
    throw new Error(
      `${what} data: x must be ${data.m} × ${network.inputs} (the network's inputs), got ${data.x.length} numbers`,
    );
  }
  if (data.y.length !== data.m * network.outputs) {
    throw new Error(
      `${what} data: y must be ${data.m} × ${network.outputs} (the network's outputs), got ${data.y.length} numbers`,
    );
  }
  for (let i = 0; i < data.x.length; i++) {
    if (!Number.isFinite(data.x[i])) {
      throw new Error(
        `${what} data: row ${Math.floor(i / network.inputs) + 1}, input ${(i % network.inputs) + 1} is ${data.x[i]}`,
      );
    }
  }
  for (let i = 0; i < data.y.length; i++) {
    if (!Number.isFinite(data.y[i])) {
      throw new Error(
        `${what} data: row ${Math.floor(i / network.outputs) + 1}, target ${(i % network.outputs) + 1} is ${data.y[i]}`,
      );
    }
  }
}

function fmt(x: number): string {
  return Number(x.toPrecision(3)).toString();
}
