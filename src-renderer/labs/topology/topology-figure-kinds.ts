/**
 * The figure kind of the choosing-a-topology lab and its setup check. figure-kinds.ts spreads
 * it into its registry.
 */
import type { FieldProblem } from '../problems';
import { questionProblems } from '../question';

export type { TopologyTrialsSetup } from './topology-trials';
export type { EarlyStoppingSetup } from './early-stopping-run';

const finite = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

function number(
  out: FieldProblem[],
  s: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  integer = false,
): void {
  const v = s[key];
  if (!finite(v, min, max) || (integer && !Number.isInteger(v)))
    out.push({
      path: key,
      message: `must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}, got ${JSON.stringify(v)}`,
    });
}

export const TOPOLOGY_FIGURE_KINDS = {
  'topology-trials': {
    label: 'Choosing a topology',
    controls: ['patience'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const d = setup.dataset as Record<string, unknown> | undefined;
      if (
        typeof d !== 'object' ||
        d === null ||
        typeof d.name !== 'string' ||
        typeof d.params !== 'object' ||
        d.params === null ||
        !Object.values(d.params).every((v) => finite(v, -1e9, 1e9))
      )
        out.push({ path: 'dataset', message: 'must be { name, params } of a built-in generator' });
      else if (!finite((d.params as Record<string, unknown>).count, 10, 1000))
        out.push({
          path: 'dataset.params.count',
          message: 'must be 10 to 1000 points (the runs should stay short)',
        });
      const s = setup.split as Record<string, unknown> | undefined;
      if (
        typeof s !== 'object' ||
        s === null ||
        !['train', 'validation', 'test'].every((k) => finite(s[k], 0.05, 0.95)) ||
        Math.abs((s.train as number) + (s.validation as number) + (s.test as number) - 1) > 1e-6
      )
        out.push({
          path: 'split',
          message: 'must be { train, validation, test, seed }, each part above 0, adding up to 1',
        });
      else number(out, s, 'seed', 0, 2 ** 31 - 1, true);
      const t = setup.topologies;
      if (!Array.isArray(t) || t.length < 2 || t.length > 4)
        out.push({ path: 'topologies', message: 'must list 2 to 4 topologies' });
      else
        t.forEach((h, i) => {
          if (
            !Array.isArray(h) ||
            h.length < 1 ||
            h.length > 3 ||
            !h.every((u) => Number.isInteger(u) && u >= 1 && u <= 64)
          )
            out.push({
              path: `topologies[${i}]`,
              message: 'must be 1 to 3 hidden layer sizes, each 1 to 64 units',
            });
        });
      if (!['tanh', 'relu', 'sigmoid'].includes(setup.activation as string))
        out.push({ path: 'activation', message: 'must be tanh, relu or sigmoid' });
      number(out, setup, 'learningRate', 1e-5, 10);
      number(out, setup, 'batchSize', 1, 1000, true);
      number(out, setup, 'epochs', 1, 500, true);
      number(out, setup, 'patience', 1, 100, true);
      number(out, setup, 'seed', 0, 2 ** 31 - 1, true);
      if (setup.question !== undefined) out.push(...questionProblems(setup.question, 'question'));
      return out;
    },
  },
  'early-stopping': {
    label: 'Early stopping on a run that overfits',
    controls: ['patience'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const d = setup.dataset as Record<string, unknown> | undefined;
      if (
        typeof d !== 'object' ||
        d === null ||
        typeof d.name !== 'string' ||
        typeof d.params !== 'object'
      )
        out.push({ path: 'dataset', message: 'must be { name, params } of a built-in generator' });
      else if (!finite((d.params as Record<string, unknown>).count, 10, 200))
        out.push({
          path: 'dataset.params.count',
          message: 'must be 10 to 200 points (it trains in the app)',
        });
      const s = setup.split as Record<string, unknown> | undefined;
      if (
        typeof s !== 'object' ||
        s === null ||
        !['train', 'validation'].every((k) => finite(s[k], 0.05, 0.95)) ||
        Math.abs((s.train as number) + (s.validation as number) - 1) > 1e-6
      )
        out.push({ path: 'split', message: 'must be { train, validation, seed } adding up to 1' });
      else number(out, s, 'seed', 0, 2 ** 31 - 1, true);
      const h = setup.hidden;
      if (
        !Array.isArray(h) ||
        h.length < 1 ||
        h.length > 3 ||
        !h.every((u) => Number.isInteger(u) && u >= 1 && u <= 64)
      )
        out.push({
          path: 'hidden',
          message: 'must be 1 to 3 hidden layer sizes, each 1 to 64 units',
        });
      if (!['tanh', 'relu', 'sigmoid'].includes(setup.activation as string))
        out.push({ path: 'activation', message: 'must be tanh, relu or sigmoid' });
      number(out, setup, 'learningRate', 1e-5, 10);
      number(out, setup, 'epochs', 10, 500, true);
      number(out, setup, 'patience', 1, 100, true);
      number(out, setup, 'seed', 0, 2 ** 31 - 1, true);
      return out;
    },
  },
};
