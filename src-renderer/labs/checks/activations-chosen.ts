import {
  HIDDEN_CHOICES,
  OUTPUT_CHOICES,
  trainChoice,
  type ChoiceTask,
  type HiddenChoice,
  type OutputChoice,
} from '../choices/activation-choice';
import { isRecord } from '../problems';
import { fail, pass, type CheckKind } from './check-result';

export interface ActivationsChosenParams {
  /** task id → the output activations that fit what its targets are */
  accept: Record<string, string[]>;
}

/** The answer of an 'activation-choice' figure. */
export interface ActivationChoiceAnswer {
  tasks: ChoiceTask[];
  choices: Record<string, { output: OutputChoice; hidden: HiddenChoice }>;
}

/** What each output activation can give, for the messages. */
const GIVES: Record<OutputChoice, string> = {
  linear: 'any real number',
  relu: 'only numbers of 0 or more',
  sigmoid: 'one number between 0 and 1 (a probability)',
  softmax: 'numbers between 0 and 1 that add up to 1 (a distribution over the outputs)',
};

const measure = (t: ChoiceTask, v: number): string =>
  t.kind === 'regression'
    ? `a mean squared error of ${v.toFixed(3)}`
    : `${(v * 100).toFixed(1)}% right`;

/**
 * Passes when, for every task, the output activation is one that gives what the targets are
 * and the network with the chosen hidden activation, trained here again by the engine, reaches
 * the task's goal.
 */
export const activationsChosen: CheckKind<ActivationsChosenParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !Array.isArray(answer.tasks) || !isRecord(answer.choices))
      return fail('The figure has not reported its choices yet.');
    const a = answer as unknown as ActivationChoiceAnswer;
    for (const task of a.tasks) {
      const accept = params.accept[task.id];
      if (!accept) return fail(`This check knows no task '${task.id}'.`);
      const c = a.choices[task.id];
      if (!c || !OUTPUT_CHOICES.includes(c.output) || !HIDDEN_CHOICES.includes(c.hidden))
        return fail(`Choose both activations for “${task.label}”.`);
      if (!accept.includes(c.output))
        return fail(
          `For “${task.label}” a ${c.output} output gives ${GIVES[c.output]}; the task needs ${task.needs}.`,
        );
      const r = trainChoice(task, c.output, c.hidden);
      if (r.refused) return fail(`For “${task.label}”: ${r.refused}.`);
      if (!r.reached)
        return fail(
          `For “${task.label}” the network with ${c.hidden} hidden units reaches ${measure(task, r.metric)}, not the goal. ${c.hidden === 'linear' ? 'Linear hidden units add nothing a single linear layer could not do: the whole network stays one linear map.' : 'Try another hidden activation.'}`,
        );
    }
    return pass(
      `Right for all ${a.tasks.length} tasks: ${a.tasks.map((t) => `${a.choices[t.id].output} out, ${a.choices[t.id].hidden} hidden`).join('; ')}.`,
    );
  },
};
