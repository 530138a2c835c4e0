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

/** Options of a Rosenblatt perceptron. */
export interface PerceptronOptions {
  /** n, the number of inputs (the bias w0 is extra). */
  inputs: number;
  /** 'binary': y = 1 if w·x ≥ 0 else 0. 'bipolar': y = +1 if w·x ≥ 0 else −1. Default 'binary'. */
  output?: TargetCoding;
  /** α, default 1. */
  learningRate?: number;
  /** 'zeros' (default), 'uniform' in [−initRange, initRange) from the seed/rng, or explicit [w0, …, wn]. */
  init?: 'zeros' | 'uniform' | ArrayLike<number>;
  /** Default 0.5. */
  initRange?: number;
  seed?: number;
  rng?: Rng;
}

/** One online update, everything a lab needs to show it. All arrays are copies, [1 + inputs]. */
export interface PerceptronStep {
  /** The augmented input [x0 = 1, x1, …, xn]. */
  x: Float64Array;
  t: number;
  /** The output before the update. */
  y: number;
  /** α·x·(t − y), zero when y = t. */
  update: Float64Array;
  /** The weights after the update. */
  weights: Float64Array;
  error: boolean;
}

/** A step taken while training: which epoch (from 1) and which sample. */
export interface PerceptronTrainingStep extends PerceptronStep {
  epoch: number;
  /** Index of the sample in the training set. */
  sample: number;
}

/** Options of train/steps. */
export interface PerceptronTrainOptions {
  /** Default 1000. */
  maxEpochs?: number;
  /** Visit the samples in a fresh seeded order every epoch. Default false (given order). */
  shuffle?: boolean;
  seed?: number;
  rng?: Rng;
}

/** How training ended. */
export interface PerceptronTrainResult {
  /** True when an epoch made no error. */
  converged: boolean;
  /** Epochs run, the error-free one included. */
  epochs: number;
  /** Misclassified samples in each epoch (counted before each sample's update). */
  errorsPerEpoch: number[];
  weights: Float64Array;
}

/**
 * Rosenblatt's perceptron: a threshold unit y = f(w0 + Σ wj·xj) trained online with
 * w ← w + α·x·(t − y), the bias being w0 on the constant input x0 = 1.
 * Float64 throughout: the model is tiny and exact numbers keep hand-checks exact.
 */
export class Perceptron {
  readonly inputs: number;
  readonly output: TargetCoding;
  readonly learningRate: number;
  private w: Float64Array;

  /** @throws Error on a bad input count, output coding, learning rate or initial weights. */
  constructor(options: PerceptronOptions) {
    checkPositiveInteger('Perceptron', 'inputs', options.inputs);
    const output = options.output ?? 'binary';
    if (output !== 'binary' && output !== 'bipolar')
      throw engineError('unit.coding', {
        model: 'Perceptron',
        name: 'output',
        got: String(output),
      });
    const learningRate = options.learningRate ?? 1;
    checkLearningRate('Perceptron', learningRate);
    this.inputs = options.inputs;
    this.output = output;
    this.learningRate = learningRate;
    const rng = rngFrom(options.rng, options.seed);
    this.w = initialWeights(
      'Perceptron',
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

  /** Replaces the weights (a lab edits them by hand). @throws Error unless 1 + inputs finite numbers. */
  setWeights(w: ArrayLike<number>): void {
    this.w = initialWeights('Perceptron', this.inputs, w, 1, undefined);
  }

  /** w0 + Σ wj·xj. @param x [inputs] @throws Error on a bad sample. */
  net(x: ArrayLike<number>): number {
    checkSample('Perceptron', x, this.inputs);
    return netInput(this.w, x);
  }

  /** The class of x: 0/1 or −1/+1, the boundary w·x = 0 counting as the upper class. */
  predict(x: ArrayLike<number>): number {
    const up = this.net(x) >= 0;
    if (this.output === 'binary') return up ? 1 : 0;
    return up ? 1 : -1;
  }

  /**
   * One online update on (x, t).
   * @param x [inputs] @param t a target of the output coding
   * @throws Error on a bad sample or a target outside the coding.
   */
  step(x: ArrayLike<number>, t: number): PerceptronStep {
    checkTarget('Perceptron', t, this.output);
    const y = this.predict(x);
    const xa = augment(x);
    const update = new Float64Array(xa.length);
    const scale = this.learningRate * (t - y);
    for (let j = 0; j < xa.length; j++) {
      update[j] = scale * xa[j];
      this.w[j] += update[j];
    }
    return { x: xa, t, y, update, weights: this.w.slice(), error: y !== t };
  }

  /**
   * Training as a sequence of steps, for a lab that advances one sample at a time; the
   * generator's return value is the result train() gives. Arguments are checked at once.
   * @param xs [samples][inputs] @param ts [samples]
   * @throws Error on a bad data set or options.
   */
  steps(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    options: PerceptronTrainOptions = {},
  ): Generator<PerceptronTrainingStep, PerceptronTrainResult> {
    checkDataset('Perceptron', xs, ts, this.inputs, this.output);
    const maxEpochs = options.maxEpochs ?? 1000;
    checkPositiveInteger('Perceptron', 'maxEpochs', maxEpochs);
    const shuffle = options.shuffle ?? false;
    const rng = rngFrom(options.rng, options.seed);
    if (shuffle && !rng) throw engineError('unit.shuffleNeedsRng', { model: 'Perceptron' });
    return this.run(xs, ts, maxEpochs, shuffle, rng);
  }

  /**
   * Trains until an epoch makes no error or maxEpochs have run.
   * @param xs [samples][inputs] @param ts [samples]
   * @throws Error as steps().
   */
  train(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    options: PerceptronTrainOptions = {},
  ): PerceptronTrainResult {
    const it = this.steps(xs, ts, options);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  }

  /** Number of samples the current weights misclassify. @throws Error on a bad data set. */
  errors(xs: ArrayLike<ArrayLike<number>>, ts: ArrayLike<number>): number {
    checkDataset('Perceptron', xs, ts, this.inputs, this.output);
    let count = 0;
    for (let i = 0; i < xs.length; i++) if (this.predict(xs[i]) !== ts[i]) count++;
    return count;
  }

  /** The line w0 + w1·x1 + w2·x2 = 0, or null when w1 = w2 = 0. @throws Error unless inputs = 2. */
  decisionLine(): DecisionLine | null {
    return decisionLine(this.w, 0);
  }

  private *run(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    maxEpochs: number,
    shuffle: boolean,
    rng: Rng | undefined,
  ): Generator<PerceptronTrainingStep, PerceptronTrainResult> {
    const errorsPerEpoch: number[] = [];
    for (let epoch = 1; epoch <= maxEpochs; epoch++) {
      const order = epochOrder('Perceptron', xs.length, shuffle, rng);
      let errors = 0;
      for (const sample of order) {
        const s = this.step(xs[sample], ts[sample]);
        if (s.error) errors++;
        yield { ...s, epoch, sample };
      }
      errorsPerEpoch.push(errors);
      if (errors === 0)
        return { converged: true, epochs: epoch, errorsPerEpoch, weights: this.weights };
    }
    return { converged: false, epochs: maxEpochs, errorsPerEpoch, weights: this.weights };
  }
}
