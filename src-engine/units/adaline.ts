import { engineError } from '../core/engine-error';
import { Rng } from '../random/rng';
import { DecisionLine, decisionLine } from './decision-line';
import {
  augment,
  checkDataset,
  checkLearningRate,
  checkPositiveInteger,
  checkSample,
  checkTarget,
  epochOrder,
  initialWeights,
  netInput,
  rngFrom,
  TargetCoding,
} from './unit-data';

export { leastSquares } from './least-squares';

/** Options of an Adaline. */
export interface AdalineOptions {
  /** n, the number of inputs (the bias w0 is extra). */
  inputs: number;
  /**
   * How classify() reads the linear output y: 'bipolar' (default) gives +1 if y ≥ 0 else −1;
   * 'binary' gives 1 if y ≥ 0.5 else 0, the midpoint between the 0/1 targets it was fitted to.
   */
  classes?: TargetCoding;
  /** α, default 0.01. */
  learningRate?: number;
  /** 'zeros' (default), 'uniform' in [−initRange, initRange) from the seed/rng, or explicit [w0, …, wn]. */
  init?: 'zeros' | 'uniform' | ArrayLike<number>;
  /** Default 0.5. */
  initRange?: number;
  seed?: number;
  rng?: Rng;
}

/** One LMS update. All arrays are copies, [1 + inputs]. */
export interface AdalineStep {
  /** The augmented input [x0 = 1, x1, …, xn]. */
  x: Float64Array;
  t: number;
  /** The linear output before the update. */
  y: number;
  /** t − y. */
  error: number;
  /** α·x·(t − y). */
  update: Float64Array;
  /** The weights after the update. */
  weights: Float64Array;
}

/** A step taken while training: epoch (from 1), sample index and the α used. */
export interface AdalineTrainingStep extends AdalineStep {
  epoch: number;
  sample: number;
  learningRate: number;
}

/** Options of train/steps. */
export interface AdalineTrainOptions {
  /** Default 1000. */
  maxEpochs?: number;
  /** Stop when |MSE(epoch) − MSE(epoch − 1)| < tolerance. Default 1e-9; 0 runs all maxEpochs. */
  tolerance?: number;
  /** α in epoch e is α / (1 + decay·(e − 1)); a decay lets online LMS settle on the exact minimum. Default 0. */
  learningRateDecay?: number;
  /** Visit the samples in a fresh seeded order every epoch. Default false. */
  shuffle?: boolean;
  seed?: number;
  rng?: Rng;
}

/** How training ended. */
export interface AdalineTrainResult {
  epochs: number;
  /** MSE mean((t − y)²) over the whole set before training. */
  initialMse: number;
  /** MSE over the whole set with the weights at the end of each epoch. */
  msePerEpoch: number[];
  /** 'diverged' when the MSE became infinite or NaN (α too large for the data). */
  stoppedBy: 'tolerance' | 'maxEpochs' | 'diverged';
  weights: Float64Array;
}

/**
 * Widrow–Hoff's Adaline: a linear unit y = Σ_{j=0..n} wj·xj (x0 = 1) trained online by the LMS
 * rule w ← w + α·x·(t − y), which is stochastic gradient descent on (t − y)²; classes come from
 * thresholding y afterwards (see AdalineOptions.classes).
 */
export class Adaline {
  readonly inputs: number;
  readonly classes: TargetCoding;
  readonly learningRate: number;
  private w: Float64Array;

  /** @throws Error on a bad input count, class coding, learning rate or initial weights. */
  constructor(options: AdalineOptions) {
    checkPositiveInteger('Adaline', 'inputs', options.inputs);
    const classes = options.classes ?? 'bipolar';
    if (classes !== 'binary' && classes !== 'bipolar')
      throw engineError('unit.coding', { model: 'Adaline', name: 'classes', got: String(classes) });
    const learningRate = options.learningRate ?? 0.01;
    checkLearningRate('Adaline', learningRate);
    this.inputs = options.inputs;
    this.classes = classes;
    this.learningRate = learningRate;
    const rng = rngFrom(options.rng, options.seed);
    this.w = initialWeights(
      'Adaline',
      options.inputs,
      options.init ?? 'zeros',
      options.initRange ?? 0.5,
      rng,
    );
  }

  /** A copy of [w0 (bias), w1, …, wn]. */
  get weights(): Float64Array {
    return this.w.slice();
  }

  /** Replaces the weights. @throws Error unless 1 + inputs finite numbers. */
  setWeights(w: ArrayLike<number>): void {
    this.w = initialWeights('Adaline', this.inputs, w, 1, undefined);
  }

  /** The linear output y = w0 + Σ wj·xj. @param x [inputs] @throws Error on a bad sample. */
  output(x: ArrayLike<number>): number {
    checkSample('Adaline', x, this.inputs);
    return netInput(this.w, x);
  }

  /** The class of x by the documented threshold rule (0.5 for binary, 0 for bipolar). */
  classify(x: ArrayLike<number>): number {
    const y = this.output(x);
    if (this.classes === 'binary') return y >= 0.5 ? 1 : 0;
    return y >= 0 ? 1 : -1;
  }

  /**
   * One LMS update on (x, t).
   * @param x [inputs] @param t any finite target @param learningRate α for this step (default the model's)
   * @throws Error on a bad sample, target or learning rate.
   */
  step(x: ArrayLike<number>, t: number, learningRate = this.learningRate): AdalineStep {
    checkTarget('Adaline', t, undefined);
    checkLearningRate('Adaline', learningRate);
    const y = this.output(x);
    const xa = augment(x);
    const update = new Float64Array(xa.length);
    const scale = learningRate * (t - y);
    for (let j = 0; j < xa.length; j++) {
      update[j] = scale * xa[j];
      this.w[j] += update[j];
    }
    return { x: xa, t, y, error: t - y, update, weights: this.w.slice() };
  }

  /** mean((t − y)²) over a data set. @param xs [samples][inputs] @throws Error on a bad data set. */
  mse(xs: ArrayLike<ArrayLike<number>>, ts: ArrayLike<number>): number {
    checkDataset('Adaline', xs, ts, this.inputs);
    let s = 0;
    for (let i = 0; i < xs.length; i++) {
      const e = ts[i] - netInput(this.w, xs[i]);
      s += e * e;
    }
    return s / xs.length;
  }

  /**
   * Training as a sequence of steps (the generator returns what train() returns). Arguments are
   * checked at once. @param xs [samples][inputs] @param ts [samples]
   * @throws Error on a bad data set or options.
   */
  steps(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    options: AdalineTrainOptions = {},
  ): Generator<AdalineTrainingStep, AdalineTrainResult> {
    checkDataset('Adaline', xs, ts, this.inputs);
    const maxEpochs = options.maxEpochs ?? 1000;
    checkPositiveInteger('Adaline', 'maxEpochs', maxEpochs);
    const tolerance = options.tolerance ?? 1e-9;
    if (!(tolerance >= 0)) throw engineError('unit.tolerance', { got: String(tolerance) });
    const decay = options.learningRateDecay ?? 0;
    if (!(decay >= 0) || !Number.isFinite(decay))
      throw engineError('unit.rateDecay', { got: String(decay) });
    const shuffle = options.shuffle ?? false;
    const rng = rngFrom(options.rng, options.seed);
    if (shuffle && !rng) throw engineError('unit.shuffleNeedsRng', { model: 'Adaline' });
    return this.run(xs, ts, { maxEpochs, tolerance, decay, shuffle, rng });
  }

  /** Trains until the MSE stops changing by more than the tolerance, or maxEpochs. @throws Error as steps(). */
  train(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    options: AdalineTrainOptions = {},
  ): AdalineTrainResult {
    const it = this.steps(xs, ts, options);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  }

  /** Where classify() switches: w·x = 0.5 (binary) or 0 (bipolar); null if w1 = w2 = 0. @throws Error unless inputs = 2. */
  decisionLine(): DecisionLine | null {
    return decisionLine(this.w, this.classes === 'binary' ? 0.5 : 0);
  }

  private *run(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    o: {
      maxEpochs: number;
      tolerance: number;
      decay: number;
      shuffle: boolean;
      rng: Rng | undefined;
    },
  ): Generator<AdalineTrainingStep, AdalineTrainResult> {
    const initialMse = this.mse(xs, ts);
    const msePerEpoch: number[] = [];
    let previous = initialMse;
    for (let epoch = 1; epoch <= o.maxEpochs; epoch++) {
      const alpha = this.learningRate / (1 + o.decay * (epoch - 1));
      for (const sample of epochOrder('Adaline', xs.length, o.shuffle, o.rng)) {
        yield { ...this.step(xs[sample], ts[sample], alpha), epoch, sample, learningRate: alpha };
      }
      const mse = this.mse(xs, ts);
      msePerEpoch.push(mse);
      if (!Number.isFinite(mse)) {
        return {
          epochs: epoch,
          initialMse,
          msePerEpoch,
          stoppedBy: 'diverged',
          weights: this.weights,
        };
      }
      if (Math.abs(mse - previous) < o.tolerance) {
        return {
          epochs: epoch,
          initialMse,
          msePerEpoch,
          stoppedBy: 'tolerance',
          weights: this.weights,
        };
      }
      previous = mse;
    }
    return {
      epochs: o.maxEpochs,
      initialMse,
      msePerEpoch,
      stoppedBy: 'maxEpochs',
      weights: this.weights,
    };
  }
}
