/**
 * Rosenblatt's rule walked one sample at a time over a fixed list of points, with the epoch
 * bookkeeping the lab shows (which sample is next, mistakes in the current epoch, convergence).
 */
import { Perceptron } from '../../../src-engine/units/perceptron';
import type { LabPoint } from '../../../src-main/contract/lab-document/figures-classic';
import { SampleWalk, type RuleStep, type WalkStep } from './sample-walk';

export type { WalkStep } from './sample-walk';

export class PerceptronWalk extends SampleWalk {
  private unit: Perceptron;
  errorsThisEpoch = 0;
  /** Mistakes in each finished epoch. */
  errorsPerEpoch: number[] = [];
  converged = false;

  constructor(
    points: LabPoint[],
    initialWeights: ArrayLike<number>,
    readonly learningRate: number,
    readonly coding: 'binary' | 'bipolar' = 'binary',
  ) {
    super(points);
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

  /** Rosenblatt's rule, counting the epoch's mistakes. */
  protected learn(p: LabPoint): RuleStep {
    const s = this.unit.step([p[0], p[1]], p[2]);
    if (s.error) this.errorsThisEpoch++;
    return s;
  }

  protected endEpoch(): void {
    this.errorsPerEpoch.push(this.errorsThisEpoch);
    if (this.errorsThisEpoch === 0) this.converged = true;
    this.errorsThisEpoch = 0;
  }

  /** Steps until an epoch without mistakes or `maxEpochs` finished epochs; returns the steps taken. */
  runToConvergence(maxEpochs: number): WalkStep[] {
    const taken: WalkStep[] = [];
    while (!this.converged && this.epochsDone < maxEpochs) taken.push(this.step());
    return taken;
  }
}
