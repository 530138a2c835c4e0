/**
 * The figure kinds of the decision-regions lab: step units composed by AND / OR, and one
 * trained hidden layer carving a region.
 */
import { z } from 'zod';
import { generate } from '../../../src-engine/data/generators';
import { figureKind } from './figure-kind';
import { generatorProblem } from './generator-problem';
import { generated, int, list, num, oneOf, record, seed, ON_OBJECTS } from './fields';
import { labQuestion } from './question';
import { said, type Said } from './setup-issues';

/** How the output unit combines the units. */
export const COMBINES = ['and', 'or', 'or-of-and'] as const;
export type Combine = (typeof COMBINES)[number];
/** The most step units a region is made of. */
export const MAX_REGION_UNITS = 8;
/** The most AND units an OR of ANDs feeds. */
export const MAX_GROUPS = 2;
/** Hidden activations the trained-region figure offers. */
export const REGION_ACTIVATIONS = ['tanh', 'relu', 'sigmoid'] as const;
export type RegionActivation = (typeof REGION_ACTIVATIONS)[number];

/** A step unit on the plane: fires (1) where w1·x1 + w2·x2 ≥ θ. */
const stepUnit = z.object({
  w1: z.number(),
  w2: z.number(),
  theta: z.number(),
  /** with 'or-of-and': the AND unit of the second hidden layer it feeds, 1 or 2 (default 1) */
  group: z.int().min(1).max(MAX_GROUPS).optional(),
});
export type StepUnit = z.infer<typeof stepUnit>;

/** The problem of a unit list read from a lab file or an answer, with its id; null when fine. */
export function unitsIssue(v: unknown): Said | null {
  if (!Array.isArray(v) || v.length < 1 || v.length > MAX_REGION_UNITS)
    return said('units', `must be 1 to ${MAX_REGION_UNITS} units { w1, w2, theta }`, {
      max: MAX_REGION_UNITS,
    });
  const bad = v.findIndex((u) => !stepUnit.safeParse(u).success);
  return bad >= 0
    ? said(
        'unitBad',
        `unit ${bad + 1} must be { w1, w2, theta } with finite numbers (and group 1 or 2)`,
        { n: bad + 1 },
      )
    : null;
}

/** Problems of a unit list read from a lab file or an answer ('' when fine). */
export const unitsProblem = (v: unknown): string => unitsIssue(v)?.message ?? '';

const units = z.custom<StepUnit[]>().superRefine((v, ctx) => {
  const problem = unitsIssue(v);
  if (problem) ctx.addIssue({ code: 'custom', ...problem });
});

const regionCompose = record({
  /** [x1, x2, t]: t = 1 should end inside the region, t = 0 outside */
  points: list(z.custom<[number, number, number]>(), 1),
  units,
  combine: oneOf(COMBINES),
  /** the plane shows −range … range */
  range: num(0.5, 100),
}).superRefine((s, ctx) => {
  const range =
    typeof s.range === 'number' && s.range >= 0.5 && s.range <= 100 ? s.range : Infinity;
  const inside = (x: unknown) =>
    typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= range;
  if (Array.isArray(s.points))
    s.points.forEach((p, i) => {
      if (
        !Array.isArray(p) ||
        p.length !== 3 ||
        !inside(p[0]) ||
        !inside(p[1]) ||
        (p[2] !== 0 && p[2] !== 1)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['points', i],
          ...said('pointInPlane', 'must be [x1, x2, t] inside the plane, t 0 or 1'),
        });
    });
}, ON_OBJECTS);

const regionTrained = record({
  dataset: generated(),
  hidden: int(1, 16),
  activation: oneOf(REGION_ACTIVATIONS),
  learningRate: num(1e-5, 10),
  epochs: int(1, 2000),
  batchSize: int(1, 1000),
  seed: seed(),
  /** a question asked beside the figure (why the smallest network is the smallest) */
  question: labQuestion.optional(),
}).superRefine((s, ctx) => {
  const d = s.dataset as { name?: unknown; params?: unknown } | null;
  if (typeof d?.name !== 'string' || typeof d.params !== 'object') return;
  try {
    const data = generate(d.name, d.params as Record<string, number>, 'float64');
    if (data.inputs !== 2 || data.outputs !== 1 || data.task !== 'classification')
      ctx.addIssue({
        code: 'custom',
        path: ['dataset'],
        ...said('twoClasses2d', 'must be 2-D data with two classes'),
      });
    if (data.m > 600)
      ctx.addIssue({
        code: 'custom',
        path: ['dataset', 'params', 'count'],
        ...said('tooManyPointsInstant', 'at most 600 points (training is instant)', { max: 600 }),
      });
  } catch (error) {
    ctx.addIssue({ code: 'custom', path: ['dataset'], ...generatorProblem(d.name, error) });
  }
}, ON_OBJECTS);

export const REGION_FIGURES = {
  'region-compose': figureKind(
    'Half-planes composed by AND / OR',
    ['units', 'combine', 'addUnits'],
    regionCompose,
  ),
  'region-trained': figureKind(
    'One hidden layer carving a region',
    ['hidden', 'activation', 'seed'],
    regionTrained,
  ),
};

export type RegionComposeSetup = z.infer<typeof regionCompose>;
export type RegionTrainedSetup = z.infer<typeof regionTrained>;
export type RegionData = RegionTrainedSetup['dataset'];
