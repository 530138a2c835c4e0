/**
 * The figure kind of the choosing-activations lab and its setup check. figure-kinds.ts spreads
 * it into its registry.
 */
import { generate } from '../../../src-engine/data/generators';
import type { FieldProblem } from '../problems';
import type { ChoiceTask } from './activation-choice';

/** Setup of 'activation-choice': a few tasks, each to be given an output and a hidden activation. */
export interface ActivationChoiceSetup {
  tasks: ChoiceTask[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const CHOICE_FIGURE_KINDS = {
  'activation-choice': {
    label: 'Choosing activations for a task',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const tasks = setup.tasks;
      if (!Array.isArray(tasks) || tasks.length < 1 || tasks.length > 4) {
        out.push({ path: 'tasks', message: 'must be 1 to 4 tasks' });
        return out;
      }
      tasks.forEach((t, i) => {
        const path = `tasks[${i}]`;
        const task = t as Partial<ChoiceTask>;
        if (typeof task.id !== 'string' || !ID.test(task.id))
          out.push({ path: `${path}.id`, message: 'must be a lower-case id' });
        for (const key of ['label', 'needs'] as const)
          if (typeof task[key] !== 'string' || task[key] === '')
            out.push({ path: `${path}.${key}`, message: 'must be a non-empty text' });
        if (task.kind !== 'regression' && task.kind !== 'classification')
          out.push({ path: `${path}.kind`, message: "must be 'regression' or 'classification'" });
        if (typeof task.goal !== 'number' || !(task.goal > 0))
          out.push({ path: `${path}.goal`, message: 'must be a positive number' });
        if (
          !Number.isInteger(task.hidden) ||
          (task.hidden as number) < 1 ||
          (task.hidden as number) > 32
        )
          out.push({ path: `${path}.hidden`, message: 'must be a whole number from 1 to 32' });
        const d = task.dataset;
        try {
          const data = generate(d?.name as string, d?.params ?? {}, 'float64');
          if (data.m > 400)
            out.push({
              path: `${path}.dataset`,
              message: 'at most 400 points (it trains in the app)',
            });
          if (task.kind === 'regression' && data.task !== 'regression')
            out.push({
              path: `${path}.dataset`,
              message: 'must be regression data for a regression task',
            });
        } catch (error) {
          out.push({ path: `${path}.dataset`, message: (error as Error).message });
        }
      });
      return out;
    },
  },
};
