import { engineError } from '../core/engine-error';
import { Rng } from '../random/rng';
import {
  augment,
  bipolarSign,
  checkDataset,
  checkPositiveInteger,
  checkSample,
  checkTarget,
  epochOrder,
  initialWeights,
  netInput,
  rngFrom,
} from './unit-data';

/** The fixed output unit combining the Adalines' ±1 outputs. */
export type MadalineLogic = 'and' | 'or' | 'majority';

/** Options of a MADALINE. Inputs, hidden outputs, output and targets are bipolar (−1/+1). */
export interface MadalineOptions {
  inputs: number;
  /** Number of Adalines. */
  hidden: number;
  logic: MadalineLogic;
  /**
   * α of the α-LMS adaptation, in (0, 2); default 1, which sets the adapted Adaline's net input
   * exactly to its new target (Widrow's one-shot correction). With α < 1 and a fixed sample
   * order, the least confident Adaline can take all the blame and oscillate; shuffling helps.
   */
  learningRate?: number;
  /** Initial weights uniform in [−initRange, initRange) from the seed/rng; default 0.5. */
  initRange?: number;
  /** Explicit initial weights, [hidden][1 + inputs]; otherwise seeded uniform. */
  init?: ArrayLike<ArrayLike<number>>;
  seed?: number;
  rng?: Rng;
}

/** One MRII presentation. Arrays are copies. */
export interface MadalineStep {
  x: Float64Array;
  t: number;
  /** Output before adaptation. */
  y: number;
  /** Each Adaline's net input before adaptation, [hidden]. */
  nets: Float64Array;
  /** Each Adaline's ±1 output before adaptation, [hidden]. */
  hidden: number[];
  /** Adalines in trial order: increasing |net|, the least confident first. Empty when y = t. */
  trialOrder: number[];
  /** Adalines whose flip was accepted and which were adapted toward the flipped output. */
  flipped: number[];
  /** The weight change of each flipped Adaline, aligned with `flipped`, [1 + inputs] each. */
  updates: Float64Array[];
  /** All weights after the step, [hidden][1 + inputs]. */
  weights: Float64Array[];
  error: boolean;
}

/** A step taken while training. */
export interface MadalineTrainingStep extends MadalineStep {
  epoch: number;
  sample: number;
}

/** Options of train/steps. */
export interface MadalineTrainOptions {
  /** Default 1000. */
  maxEpochs?: number;
  /** Visit the samples in a fresh seeded order every epoch. Default false. */
  shuffle?: boolean;
  seed?: number;
  rng?: Rng;
}

/** How training ended. */
export interface MadalineTrainResult {
  converged: boolean;
  epochs: number;
  errorsPerEpoch: number[];
  weights: Float64Array[];
}

/**
 * MADALINE: a layer of Adalines with sign outputs (sign(0) = +1) feeding a fixed logic unit,
 * trained by Madaline Rule II. Bipolar convention: inputs are any finite numbers (usually ±1),
 * targets and all unit outputs are −1/+1; 'majority' answers +1 when at least half vote +1.
 */
export class Madaline {
  readonly inputs: number;
  readonly hiddenCount: number;
  readonly logic: MadalineLogic;
  readonly learningRate: number;
  private w: Float64Array[];

  /** @throws Error on bad sizes, logic, learning rate, initial weights, or random init without a seed/rng. */
  constructor(options: MadalineOptions) {
    checkPositiveInteger('Madaline', 'inputs', options.inputs);
    checkPositiveInteger('Madaline', 'hidden', options.hidden);
    if (options.logic !== 'and' && options.logic !== 'or' && options.logic !== 'majority')
      throw engineError('unit.madalineLogic', { got: String(options.logic) });
    const alpha = options.learningRate ?? 1;
    // α-LMS moves the net input a fraction α of the way to the target; ≥ 2 overshoots and diverges
    if (!(alpha > 0 && alpha < 2)) throw engineError('unit.madalineRate', { got: String(alpha) });
    this.inputs = options.inputs;
    this.hiddenCount = options.hidden;
    this.logic = options.logic;
    this.learningRate = alpha;
    if (options.init !== undefined) {
      if (options.init.length !== options.hidden) {
        const values = { got: options.init.length, count: options.hidden };
        throw engineError('unit.madalineInit', values);
      }
      this.w = Array.from(options.init, (w) =>
        initialWeights('Madaline', options.inputs, w, 1, undefined),
      );
    } else {
      const rng = rngFrom(options.rng, options.seed);
      if (!rng) throw engineError('unit.madalineRng', {});
      const range = options.initRange ?? 0.5;
      this.w = Array.from({ length: options.hidden }, () =>
        initialWeights('Madaline', options.inputs, 'uniform', range, rng),
      );
    }
  }

  /** Copies of every Adaline's [w0 (bias), w1, …, wn], [hidden][1 + inputs]. */
  get weights(): Float64Array[] {
    return this.w.map((w) => w.slice());
  }

  /** Net input of every Adaline, [hidden]. @param x [inputs] @throws Error on a bad sample. */
  nets(x: ArrayLike<number>): Float64Array {
    checkSample('Madaline', x, this.inputs);
    return Float64Array.from(this.w, (w) => netInput(w, x));
  }

  /** The ±1 output of every Adaline, [hidden]. */
  hiddenOutputs(x: ArrayLike<number>): number[] {
    return Array.from(this.nets(x), bipolarSign);
  }

  /** The network's ±1 output. @throws Error on a bad sample. */
  predict(x: ArrayLike<number>): number {
    return this.combine(this.hiddenOutputs(x));
  }

  /** The fixed logic unit applied to ±1 hidden outputs. */
  combine(hidden: ArrayLike<number>): number {
    let up = 0;
    for (let i = 0; i < hidden.length; i++) if (hidden[i] > 0) up++;
    if (this.logic === 'and') return up === hidden.length ? 1 : -1;
    if (this.logic === 'or') return up > 0 ? 1 : -1;
    return 2 * up >= hidden.length ? 1 : -1;
  }

  /**
   * One MRII presentation of (x, t). If the output is wrong, Adalines whose output differs from t
   * are trial-flipped in order of increasing |net| until the logic unit gives t. The functions
   * AND/OR/majority depend only on how many Adalines say +1, so flipping toward t is the only
   * flip that can help, and the least confident k Adalines are the minimal-disturbance choice
   * among MRII's single, pair, … trials. Each accepted Adaline then takes an α-LMS step toward t:
   * w ← w + α·(t − net)·x / |x|², which moves its net input a fraction α of the way to t.
   * @param x [inputs] @param t −1 or +1 @throws Error on a bad sample or target.
   */
  step(x: ArrayLike<number>, t: number): MadalineStep {
    checkTarget('Madaline', t, 'bipolar');
    const nets = this.nets(x);
    const hidden = Array.from(nets, bipolarSign);
    const y = this.combine(hidden);
    const xa = augment(x);
    const result: MadalineStep = {
      x: Float64Array.from(x),
      t,
      y,
      nets,
      hidden: hidden.slice(),
      trialOrder: [],
      flipped: [],
      updates: [],
      weights: [],
      error: y !== t,
    };
    if (y !== t) {
      // stable sort keeps index order between equally confident Adalines, so runs are reproducible
      result.trialOrder = hidden
        .map((_, i) => i)
        .sort((a, b) => Math.abs(nets[a]) - Math.abs(nets[b]));
      const trial = hidden.slice();
      for (const i of result.trialOrder) {
        if (trial[i] === t) continue;
        trial[i] = t;
        result.flipped.push(i);
        if (this.combine(trial) === t) break;
      }
      let norm = 0;
      for (let j = 0; j < xa.length; j++) norm += xa[j] * xa[j];
      for (const i of result.flipped) {
        const update = new Float64Array(xa.length);
        const scale = (this.learningRate * (t - nets[i])) / norm;
        for (let j = 0; j < xa.length; j++) {
          update[j] = scale * xa[j];
          this.w[i][j] += update[j];
        }
        result.updates.push(update);
      }
    }
    result.weights = this.weights;
    return result;
  }

  /**
   * Training as a sequence of MRII steps (the generator returns what train() returns).
   * @param xs [samples][inputs] @param ts bipolar targets, [samples]
   * @throws Error on a bad data set or options.
   */
  steps(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    options: MadalineTrainOptions = {},
  ): Generator<MadalineTrainingStep, MadalineTrainResult> {
    checkDataset('Madaline', xs, ts, this.inputs, 'bipolar');
    const maxEpochs = options.maxEpochs ?? 1000;
    checkPositiveInteger('Madaline', 'maxEpochs', maxEpochs);
    const shuffle = options.shuffle ?? false;
    const rng = rngFrom(options.rng, options.seed);
    if (shuffle && !rng) throw engineError('unit.shuffleNeedsRng', { model: 'Madaline' });
    return this.run(xs, ts, maxEpochs, shuffle, rng);
  }

  /** Trains until an epoch makes no error or maxEpochs have run. @throws Error as steps(). */
  train(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    options: MadalineTrainOptions = {},
  ): MadalineTrainResult {
    const it = this.steps(xs, ts, options);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  }

  private *run(
    xs: ArrayLike<ArrayLike<number>>,
    ts: ArrayLike<number>,
    maxEpochs: number,
    shuffle: boolean,
    rng: Rng | undefined,
  ): Generator<MadalineTrainingStep, MadalineTrainResult> {
    const errorsPerEpoch: number[] = [];
    for (let epoch = 1; epoch <= maxEpochs; epoch++) {
      let errors = 0;
      for (const sample of epochOrder('Madaline', xs.length, shuffle, rng)) {
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
