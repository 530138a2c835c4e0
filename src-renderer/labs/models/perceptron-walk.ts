/**
 * Rosenblatt's rule walked one sample at a time over a fixed list of points, with the epoch
 * bookkeeping the lab shows (which sample is next, mistakes in the current epoch, convergence).
 */
import { Perceptron } from '../../../src-engine/units/perceptron';
import type { LabPoint } from '../figure-kinds';

/** One shown step: the engine's numbers plus where in the run it happened. */
export interface WalkStep {
  /** 1-based count of steps since the start. */
  n: number;
  epoch: number;
  sample: number;
  /** [1, x1, x2] */
  x: number[];
  t: number;
  y: number;
  /** α·x·(t − y) */
  update: number[];
  /** weights after the step */
  weights: number[];
}

export class PerceptronWalk {
  private unit: Perceptron;
  /** Next sample's index. */
  cursor = 0;
  /** Epoch in progress, from 1. */
  epoch = 1;
  errorsThisEpoch = 0;
  /** Mistakes in each finished epoch. */
  errorsPerEpoch: number[] = [];
  converged = false;
  steps = 0;

  constructor(
    readonly points: LabPoint[],
    initialWeights: ArrayLike<number>,
    readonly learningRate: number,
    readonly coding: 'binary' | 'bipolar' = 'binary',
  ) {
    this.unit = new Perceptron({
      inputs: 2,
      learningRate,
      init: Array.from(initialWeights),
      output: coding,
    });
  }

  get weights(): number[] {
    return Array.from(this.unit.weights);
  }

  /** Epochs finished so far. */
  get epochsDone(): number {
    return this.errorsPerEpoch.length;
  }

  /** Feeds the next sample. @throws Error when there are no points. */
  step(): WalkStep {
    if (this.points.length === 0) throw new Error('PerceptronWalk: there are no points');
    const sample = this.cursor;
    const p = this.points[sample];
    const s = this.unit.step([p[0], p[1]], p[2]);
    this.steps++;
    if (s.error) this.errorsThisEpoch++;
    const shown: WalkStep = {
      n: this.steps,
      epoch: this.epoch,
      sample,
      x: Array.from(s.x),
      t: s.t,
      y: s.y,
      update: Array.from(s.update),
      weights: Array.from(s.weights),
    };
    this.cursor++;
    if (this.cursor === this.points.length) {
      this.errorsPerEpoch.push(this.errorsThisEpoch);
      if (this.errorsThisEpoch === 0) this.converged = true;
      this.cursor = 0;
      this.errorsThisEpoch = 0;
      this.epoch++;
    }
    return shown;
  }

  /** Steps until an epoch without mistakes or `maxEpochs` finished epochs; returns the steps taken. */
  runToConvergence(maxEpochs: number): WalkStep[] {
    const taken: WalkStep[] = [];
    while (!this.converged && this.epochsDone < maxEpochs) taken.push(this.step());
    return taken;
  }

  /** Runs whole epochs (finishing the current one first counts as one). */
  runEpochs(count: number): WalkStep[] {
    const target = this.epochsDone + count;
    const taken: WalkStep[] = [];
    while (this.epochsDone < target) taken.push(this.step());
    return taken;
  }
}
