/**
 * The figure kinds of the last two labs (the loss on one-hot targets, the delta recursion) and
 * their setup checks. figure-kinds.ts spreads them into its registry.
 */
import type { BatchAsk } from '../checks/batch-loss-predicted';
import type { FieldProblem } from '../problems';
import type { ScoreBatch } from './batch-loss';
import { DELTA_LAYERS, type DeltaNetworkSetup } from './delta-recursion';

/** Setup of 'batch-loss': a batch of scores and classes, and what the student predicts. */
export interface BatchLossSetup extends ScoreBatch {
  ask: BatchAsk;
}

const finite = (v: unknown, lim = 50): boolean =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= lim;

export const BACKPROP_FIGURE_KINDS = {
  'batch-loss': {
    label: 'Softmax and cross-entropy on a batch',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const z = setup.scores;
      const C = Array.isArray(z) && Array.isArray(z[0]) ? (z[0] as unknown[]).length : 0;
      if (
        !Array.isArray(z) ||
        z.length < 1 ||
        z.length > 8 ||
        C < 2 ||
        C > 6 ||
        !z.every((row) => Array.isArray(row) && row.length === C && row.every((v) => finite(v)))
      ) {
        out.push({
          path: 'scores',
          message: 'must be 1 to 8 rows of 2 to 6 scores, all rows alike',
        });
        return out;
      }
      const l = setup.labels;
      if (
        !Array.isArray(l) ||
        l.length !== z.length ||
        !l.every((c) => Number.isInteger(c) && c >= 1 && c <= C)
      )
        out.push({ path: 'labels', message: `must be one class from 1 to ${C} per row` });
      const ask = setup.ask as Record<string, unknown> | undefined;
      if (ask?.kind === 'gradient') {
        if (!(
          Number.isInteger(ask.example) &&
          (ask.example as number) >= 1 &&
          (ask.example as number) <= z.length
        ))
          out.push({ path: 'ask.example', message: `must be an example from 1 to ${z.length}` });
        if (!(
          Number.isInteger(ask.class) &&
          (ask.class as number) >= 1 &&
          (ask.class as number) <= C
        ))
          out.push({ path: 'ask.class', message: `must be a class from 1 to ${C}` });
      } else if (ask?.kind !== 'loss')
        out.push({
          path: 'ask',
          message: "must be { kind: 'loss' } or { kind: 'gradient', example, class }",
        });
      return out;
    },
  },
  'delta-network': {
    label: 'The delta recursion through L layers',
    controls: [],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      const s = setup as Partial<DeltaNetworkSetup>;
      if (!Array.isArray(s.x) || s.x.length !== DELTA_LAYERS[0] || !s.x.every((v) => finite(v, 10)))
        out.push({ path: 'x', message: `must be ${DELTA_LAYERS[0]} inputs from −10 to 10` });
      if (!finite(s.y, 10)) out.push({ path: 'y', message: 'must be a target from −10 to 10' });
      const W = s.W;
      const shapeOk =
        Array.isArray(W) &&
        W.length === DELTA_LAYERS.length - 1 &&
        W.every(
          (m, l) =>
            Array.isArray(m) &&
            m.length === DELTA_LAYERS[l] &&
            m.every(
              (row) =>
                Array.isArray(row) &&
                row.length === DELTA_LAYERS[l + 1] &&
                row.every((v) => finite(v, 10)),
            ),
        );
      if (!shapeOk)
        out.push({
          path: 'W',
          message: `must be the weights of a ${DELTA_LAYERS.join('-')} network, [layer][from][to]`,
        });
      const b = s.b;
      if (
        !Array.isArray(b) ||
        b.length !== DELTA_LAYERS.length - 1 ||
        !b.every(
          (row, l) =>
            Array.isArray(row) &&
            row.length === DELTA_LAYERS[l + 1] &&
            row.every((v) => finite(v, 10)),
        )
      )
        out.push({ path: 'b', message: 'must be the biases of each layer, [layer][unit]' });
      const ask = s.ask;
      if (
        !Array.isArray(ask) ||
        ask.length === 0 ||
        !ask.every((u) => typeof u === 'string' && /^\d-\d$/.test(u))
      )
        out.push({ path: 'ask', message: 'must list units as "layer-unit", e.g. ["1-1"]' });
      return out;
    },
  },
};
