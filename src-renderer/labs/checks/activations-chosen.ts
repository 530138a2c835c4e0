import {
  HIDDEN_CHOICES,
  OUTPUT_CHOICES,
  trainChoice,
  type ChoiceTask,
  type HiddenChoice,
  type OutputChoice,
} from '../choices/activation-choice';
import { engineText } from '../../i18n/engine-text';
import { isRecord } from '../problems';
import { decimal, fail, pass, say, type CheckKind } from './check-result';

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
const gives = (output: OutputChoice): string => say(`activationsChosen.gives.${output}`);

const measure = (t: ChoiceTask, v: number): string =>
  t.kind === 'regression'
    ? say('activationsChosen.mse', { v: decimal(v.toFixed(3)) })
    : say('activationsChosen.right', { v: decimal((v * 100).toFixed(1)) });

/**
 * Passes when, for every task, the output activation is one that gives what the targets are
 * and the network with the chosen hidden activation, trained here again by the engine, reaches
 * the task's goal.
 */
export const activationsChosen: CheckKind<ActivationsChosenParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !Array.isArray(answer.tasks) || !isRecord(answer.choices))
      return fail(say('activationsChosen.noChoices'));
    const a = answer as unknown as ActivationChoiceAnswer;
    for (const task of a.tasks) {
      const accept = params.accept[task.id];
      if (!accept) return fail(say('activationsChosen.unknownTask', { id: task.id }));
      const c = a.choices[task.id];
      if (!c || !OUTPUT_CHOICES.includes(c.output) || !HIDDEN_CHOICES.includes(c.hidden))
        return fail(say('activationsChosen.chooseBoth', { task: task.label }));
      if (!accept.includes(c.output))
        return fail(
          say('activationsChosen.wrongOutput', {
            task: task.label,
            output: c.output,
            gives: gives(c.output),
            needs: task.needs,
          }),
        );
      const r = trainChoice(task, c.output, c.hidden);
      if (r.refused)
        return fail(
          say('activationsChosen.refused', { task: task.label, why: engineText(r.refused) }),
        );
      if (!r.reached)
        return fail(
          say('activationsChosen.notReached', {
            task: task.label,
            hidden: c.hidden,
            measure: measure(task, r.metric),
            hint: say(
              `activationsChosen.${c.hidden === 'linear' ? 'linearHidden' : 'otherHidden'}`,
            ),
          }),
        );
    }
    const chosen = a.tasks.map((t) => say('activationsChosen.pair', a.choices[t.id]));
    return pass(say('activationsChosen.passed', { n: a.tasks.length, chosen: chosen.join('; ') }));
  },
};
