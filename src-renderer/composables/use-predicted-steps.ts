/**
 * The step-by-step side of the perceptron and Adaline figures: each step taken is logged with
 * the update the student predicted for it (`LabsUpdatePrediction`), the last few kept for the
 * step table, and `tick` bumped so views of the walk recompute.
 */
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { LabPoint } from '../../src-main/contract/lab-document/figures-classic';
import type { WalkStep } from '../labs/models/perceptron-walk';
import { entered, withRecord, type UpdateRecord } from '../labs/models/update-predictions';

/** What a figure itself tells LabsStepFigure (its `Action`s and `Fact`s); the walk supplies
 * the last step and the table. */
export interface StepFigureOwn<Action, Fact> {
  next: MaybeRefOrGetter<string>;
  actions: MaybeRefOrGetter<Action[]>;
  facts: MaybeRefOrGetter<Fact[]>;
  caption: MaybeRefOrGetter<string>;
  error: MaybeRefOrGetter<string | null>;
}

/** A learning rule walked one sample at a time (PerceptronWalk, AdalineWalk). */
interface SteppedWalk {
  readonly weights: number[];
  step(): WalkStep;
}

const blank = (): number[] => [NaN, NaN, NaN];

/** @param shown how many of the last steps the table keeps */
export function usePredictedSteps(shown: number) {
  const steps = ref<WalkStep[]>([]);
  const guess = ref<number[]>(blank());
  const log = ref<UpdateRecord[]>([]);
  const lastStep = ref<{ record: UpdateRecord; update: number[] } | null>(null);
  const tick = ref(0);

  /** One step of `walk` at `rate` over `points`, logged with the prediction made for it. */
  function record(
    walk: SteppedWalk,
    rate: number,
    points: readonly LabPoint[],
    predicted: number[] | null,
  ): WalkStep {
    const before = walk.weights;
    const s = walk.step();
    const p = points[s.sample];
    const r: UpdateRecord = {
      n: s.n,
      epoch: s.epoch,
      sample: s.sample,
      x: [p[0], p[1]],
      t: p[2],
      before,
      rate,
      predicted,
    };
    log.value = withRecord(log.value, r);
    lastStep.value = { record: r, update: s.update };
    return s;
  }

  /** The student's prediction for the next step, cleared for the one after. */
  function takeGuess(): number[] | null {
    const g = entered(guess.value);
    guess.value = blank();
    return g;
  }

  function keep(taken: WalkStep[]): void {
    steps.value = [...steps.value, ...taken].slice(-shown);
    tick.value++;
  }

  function clear(): void {
    steps.value = [];
    log.value = [];
    lastStep.value = null;
    guess.value = blank();
    tick.value++;
  }

  /** Every prop of LabsStepFigure but the guess (its v-model), for one `v-bind`. */
  const frameProps = <Action, Fact>(own: StepFigureOwn<Action, Fact>) =>
    computed(() => ({
      next: toValue(own.next),
      last: lastStep.value,
      actions: toValue(own.actions),
      facts: toValue(own.facts),
      steps: steps.value,
      caption: toValue(own.caption),
      error: toValue(own.error),
    }));

  return { steps, guess, log, lastStep, tick, record, takeGuess, keep, clear, frameProps };
}
