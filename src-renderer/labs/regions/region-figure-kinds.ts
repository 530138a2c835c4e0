/**
 * The figure kinds of the decision-boundaries lab: their setups and setup checks.
 * figure-kinds.ts spreads them into its registry.
 */
import type { FieldProblem } from '../problems';
import { questionProblems } from '../question';
import { COMBINES, unitsProblem, type Combine, type StepUnit } from './half-plane-region';
import { REGION_ACTIVATIONS, regionDataset, type RegionTrainedSetup } from './hidden-layer-region';

/** Setup of 'region-compose': step units combined by an AND or OR output unit, or an OR of ANDs. */
export interface RegionComposeSetup {
  /** [x1, x2, t]: t = 1 should end inside the region, t = 0 outside */
  points: [number, number, number][];
  units: StepUnit[];
  combine: Combine;
  /** the plane shows −range … range */
  range: number;
}

export type { RegionTrainedSetup };

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

export const REGION_FIGURE_KINDS = {
  'region-compose': {
    label: 'Half-planes composed by AND / OR',
    controls: ['units', 'combine', 'addUnits'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      number(out, setup, 'range', 0.5, 100);
      const range = finite(setup.range, 0.5, 100) ? (setup.range as number) : Infinity;
      const pts = setup.points;
      if (!Array.isArray(pts) || pts.length === 0)
        out.push({ path: 'points', message: 'must be a non-empty list of [x1, x2, t]' });
      else
        pts.forEach((p, i) => {
          if (
            !Array.isArray(p) ||
            p.length !== 3 ||
            !finite(p[0], -range, range) ||
            !finite(p[1], -range, range) ||
            (p[2] !== 0 && p[2] !== 1)
          )
            out.push({
              path: `points[${i}]`,
              message: 'must be [x1, x2, t] inside the plane, t 0 or 1',
            });
        });
      const problem = unitsProblem(setup.units);
      if (problem) out.push({ path: 'units', message: problem });
      if (!COMBINES.includes(setup.combine as Combine))
        out.push({ path: 'combine', message: `must be one of ${COMBINES.join(', ')}` });
      return out;
    },
  },
  'region-trained': {
    label: 'One hidden layer carving a region',
    controls: ['hidden', 'activation', 'seed'],
    problems(setup: Record<string, unknown>): FieldProblem[] {
      const out: FieldProblem[] = [];
      number(out, setup, 'hidden', 1, 16, true);
      number(out, setup, 'learningRate', 1e-5, 10);
      number(out, setup, 'epochs', 1, 2000, true);
      number(out, setup, 'batchSize', 1, 1000, true);
      number(out, setup, 'seed', 0, 2 ** 31 - 1, true);
      if (setup.question !== undefined) out.push(...questionProblems(setup.question, 'question'));
      if (!REGION_ACTIVATIONS.includes(setup.activation as RegionTrainedSetup['activation']))
        out.push({
          path: 'activation',
          message: `must be one of ${REGION_ACTIVATIONS.join(', ')}`,
        });
      const d = setup.dataset as Record<string, unknown> | undefined;
      if (
        typeof d !== 'object' ||
        d === null ||
        typeof d.name !== 'string' ||
        typeof d.params !== 'object'
      ) {
        out.push({ path: 'dataset', message: 'must be { name, params } of a built-in generator' });
        return out;
      }
      try {
        const data = regionDataset(d as unknown as RegionTrainedSetup['dataset']);
        if (data.inputs !== 2 || data.outputs !== 1 || data.task !== 'classification')
          out.push({ path: 'dataset', message: 'must be 2-D data with two classes' });
        if (data.m > 600)
          out.push({
            path: 'dataset.params.count',
            message: 'at most 600 points (training is instant)',
          });
      } catch (error) {
        out.push({ path: 'dataset', message: (error as Error).message });
      }
      return out;
    },
  },
};
