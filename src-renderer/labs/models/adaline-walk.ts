/**
 * Adaline's LMS rule walked one sample at a time, with the per-epoch rate α / (1 + d·(e − 1))
 * and the mean squared error after each finished epoch.
 */
import { Adaline } from '../../../src-engine/units/adaline';
import type { LabPoint } from '../figure-kinds';
import type { WalkStep } from './perceptron-walk';

export class AdalineWalk {
  private unit: Adaline;
  cursor = 0;
  epoch = 1;
  steps = 0;
  /** MSE mean((t − y)²) before training, then after each finished epoch. */
  mse: number[];

  constructor(
    readonly points: LabPoint[],
    readonly learningRate: number,
    readonly decay: number,
  ) {
    this.unit = new Adaline({ inputs: 2, learningRate, classes: 'bipolar' });
    this.mse = [this.currentMse()];
  }

  get weights(): number[] {
    return Array.from(this.unit.weights);
  }

  get epochsDone(): number {
    return this.mse.length - 1;
  }

  /** α of the epoch in progress. */
  get rate(): number {
    return this.learningRate / (1 + this.decay * (this.epoch - 1));
  }

  currentMse(): number {
    return this.unit.mse(
      this.points.map((p) => [p[0], p[1]]),
      this.points.map((p) => p[2]),
    );
  }

  /** Feeds the next sample through the LMS rule. */
  step(): WalkStep {
    const sample = this.cursor;
    const p = this.points[sample];
    const s = this.unit.step([p[0], p[1]], p[2], this.rate);
    this.steps++;
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
      this.mse.push(this.currentMse());
      this.cursor = 0;
      this.epoch++;
    }
    return shown;
  }

  /** Runs `count` whole epochs (the one in progress is finished first and counts). */
  runEpochs(count: number): WalkStep[] {
    const target = this.epochsDone + count;
    const taken: WalkStep[] = [];
    while (this.epochsDone < target) taken.push(this.step());
    return taken;
  }
}
