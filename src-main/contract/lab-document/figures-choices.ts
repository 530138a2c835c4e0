/** The figure kind of the choosing-activations lab: tasks, each to be given an output and a hidden activation. */
import { z } from 'zod';
import { generate } from '../../../src-engine/data/generators';
import { figureKind } from './figure-kind';
import { generatorProblem } from './generator-problem';
import { id, int, list, oneOf, record, text, ON_OBJECTS } from './fields';
import { said } from './setup-issues';

/** One task of the figure: its data, what it asks and how it is judged. */
const choiceTask = record({
  id: id(),
  /** what the network must do, in words */
  label: text(),
  /** what its targets are, in words ("any real number, down to −1") */
  needs: text(),
  dataset: z.object({ name: z.string(), params: z.record(z.string(), z.number()) }),
  /** 'regression': mean squared error below `goal`; 'classification': accuracy at least `goal` */
  kind: oneOf(['regression', 'classification']),
  goal: z
    .number({ error: 'must be a positive number' })
    .gt(0, { error: 'must be a positive number' }),
  hidden: int(1, 32),
}).superRefine((task, ctx) => {
  try {
    const d = task.dataset as { name?: string; params?: Record<string, number> } | undefined;
    const data = generate(d?.name as string, d?.params ?? {}, 'float64');
    if (data.m > 400)
      ctx.addIssue({
        code: 'custom',
        path: ['dataset'],
        ...said('tooManyPointsApp', 'at most 400 points (it trains in the app)', { max: 400 }),
      });
    if (task.kind === 'regression' && data.task !== 'regression')
      ctx.addIssue({
        code: 'custom',
        path: ['dataset'],
        ...said('regressionData', 'must be regression data for a regression task'),
      });
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      path: ['dataset'],
      ...generatorProblem((task.dataset as { name?: unknown } | undefined)?.name, error),
    });
  }
}, ON_OBJECTS);

const activationChoice = record({ tasks: list(choiceTask, 1, 4) });

export const CHOICE_FIGURES = {
  'activation-choice': figureKind('Choosing activations for a task', [], activationChoice),
};

export type ChoiceTask = z.infer<typeof choiceTask>;
export type ActivationChoiceSetup = z.infer<typeof activationChoice>;
