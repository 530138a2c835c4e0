/**
 * A learning rule walked one sample at a time over a fixed list of points, with the epoch
 * bookkeeping the labs show: which sample is next, which epoch, how many steps. The perceptron
 * and Adaline walks differ only in their rule and in what they record when an epoch ends.
 */
import type { LabPoint } from '../../../src-main/contract/lab-document/figures-classic';

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

/** What a unit's rule reports for one sample (typed arrays as the engine gives them). */
export interface RuleStep {
  x: ArrayLike<number>;
  t: number;
  y: number;
  update: ArrayLike<number>;
  weights: ArrayLike<number>;
}

export abstract class SampleWalk {
  /** Next sample's index. */
  cursor = 0;
  /** Epoch in progress, from 1. */
  epoch = 1;
  steps = 0;

  constructor(readonly points: LabPoint[]) {}

  /** Epochs finished so far. */
  abstract get epochsDone(): number;
  /** Applies the rule to one point. */
  protected abstract learn(point: LabPoint): RuleStep;
  /** Records the epoch that just ended. */
  protected abstract endEpoch(): void;

  /** Feeds the next sample. @throws Error when there are no points. */
  step(): WalkStep {
    if (this.points.length === 0) throw new Error('the walk has no points to learn from');
    const sample = this.cursor;
    const s = this.learn(this.points[sample]);
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
      this.endEpoch();
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
