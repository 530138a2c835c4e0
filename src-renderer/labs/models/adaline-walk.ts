/**
 * Adaline's LMS rule walked one sample at a time, with the per-epoch rate α / (1 + d·(e − 1))
 * and the mean squared error after each finished epoch.
 */
import { Adaline } from '../../../src-engine/units/adaline';
import type { LabPoint } from '../../../src-main/contract/lab-document/figures-classic';
import { SampleWalk, type RuleStep } from './sample-walk';

export class AdalineWalk extends SampleWalk {
  private unit: Adaline;
  /** MSE mean((t − y)²) before training, then after each finished epoch. */
  mse: number[];

  constructor(
    points: LabPoint[],
    readonly learningRate: number,
    readonly decay: number,
  ) {
    super(points);
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

  /** The LMS rule at this epoch's rate. */
  protected learn(p: LabPoint): RuleStep {
    return this.unit.step([p[0], p[1]], p[2], this.rate);
  }

  protected endEpoch(): void {
    this.mse.push(this.currentMse());
  }
}
