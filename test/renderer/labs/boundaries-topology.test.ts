// Labs 12 (decision boundaries) and 14 (choosing a topology): the files validate with the
// framework's loader, the region composition's numbers equal independent computations (plain
// formulas, grid counting), and the checks pass on right answers and fail on wrong ones. The
// topology lab's trials and early stopping are in topology-lab.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src-engine/data/generators';
import { bundledLabs } from '../../../src-renderer/labs/bundled-labs';
import { runCheck } from '../../../src-renderer/labs/checks/registry';
import { LabFileError, parseLab, type Lab } from '../../../src-renderer/labs/lab-schema';
import {
  clipToHalfPlane,
  boxPolygon,
  polygonArea,
  regionContains,
  regionPolygons,
  type Combine,
  type StepUnit,
} from '../../../src-renderer/labs/regions/half-plane-region';
import {
  regionSurface,
  trainRegion,
  dataBox,
  type RegionTrainedSetup,
} from '../../../src-renderer/labs/regions/hidden-layer-region';
import type { RegionComposeSetup } from '../../../src-main/contract/lab-document/figures-regions';
const DIR = join(__dirname, '../../../resources/labs');
const FILES = ['12-decision-boundaries.json', '14-choosing-topology.json'];
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const lab = (file: string): Lab => parseLab(read(file), file);
const activity = (file: string, id: string) => lab(file).activities.find((a) => a.id === id)!;

// --- independent formulas ----------------------------------------------------------------
const fires = (u: StepUnit, x: number, y: number): number =>
  u.w1 * x + u.w2 * y - u.theta >= 0 ? 1 : 0;
function inRegion(units: StepUnit[], combine: Combine, x: number, y: number): number {
  const count = units.reduce((s, u) => s + fires(u, x, y), 0);
  return combine === 'and' ? Number(count === units.length) : Number(count > 0);
}
/** The region's area by counting the centres of an n × n grid of cells. */
function gridArea(units: StepUnit[], combine: Combine, r: number, n = 800): number {
  const cell = (2 * r) / n;
  let inside = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      inside += inRegion(units, combine, -r + (i + 0.5) * cell, -r + (j + 0.5) * cell);
  return inside * cell * cell;
}
const SQUARE: StepUnit[] = [
  { w1: 1, w2: 0, theta: -1.5 },
  { w1: -1, w2: 0, theta: -1.5 },
  { w1: 0, w2: 1, theta: -1.5 },
  { w1: 0, w2: -1, theta: -1.5 },
];

describe('lab files 12 and 14', () => {
  it.each(FILES)('%s validates and is bundled in the lecture order', (file) => {
    expect(() => lab(file)).not.toThrow();
    const { labs, problems } = bundledLabs();
    expect(problems.filter((p) => p.startsWith('12-') || p.startsWith('14-'))).toEqual([]);
    const id = lab(file).id;
    const i = labs.findIndex((l) => l.id === id);
    expect(i).toBeGreaterThan(0);
    expect(labs[i - 1].order).toBeLessThan(labs[i].order);
  });

  it('names bad region and topology setups by their path', () => {
    const data = read(FILES[0]);
    const acts = data.activities as { figure: { setup: Record<string, unknown> } }[];
    acts[0].figure.setup.units = [{ w1: 1, w2: 'x', theta: 0 }];
    acts[0].figure.setup.combine = 'xor';
    acts[3].figure.setup.dataset = { name: 'nowhere', params: {} };
    const t = read(FILES[1]);
    const tAct = (t.activities as { figure: { setup: Record<string, unknown> } }[])[0];
    tAct.figure.setup.topologies = [[1]];
    tAct.figure.setup.split = { train: 0.9, validation: 0.2, test: 0.1, seed: 1 };
    const problemsOf = (d: unknown, f: string): string[] => {
      try {
        parseLab(d, f);
      } catch (error) {
        expect(error).toBeInstanceOf(LabFileError);
        return (error as LabFileError).problems;
      }
      throw new Error('expected the file to be refused');
    };
    const p12 = problemsOf(data, 'bad12.json');
    expect(p12).toContain(
      'activities[0].figure.setup.units: unit 1 must be { w1, w2, theta } with finite numbers (and group 1 or 2)',
    );
    expect(p12).toContain(
      'activities[0].figure.setup.combine: must be one of and, or, or-of-and, got "xor"',
    );
    expect(
      p12.some((p) => p.startsWith('activities[3].figure.setup.dataset: unknown generator')),
    ).toBe(true);
    expect(problemsOf(t, 'bad13.json')).toEqual([
      'activities[0].figure.setup.split: must be { train, validation, test, seed }, each part above 0, adding up to 1',
      'activities[0].figure.setup.topologies: must have 2 to 4 items',
    ]);
  });
});

describe('composed regions', () => {
  it('AND of four half-planes is the square: area, vertices and membership', () => {
    const [poly] = regionPolygons(SQUARE, 'and', -3, 3);
    expect(polygonArea(poly)).toBeCloseTo(9, 10);
    expect(gridArea(SQUARE, 'and', 3)).toBeCloseTo(9, 1);
    const xs = poly.map((p) => Math.abs(p[0]));
    expect(Math.max(...xs)).toBeCloseTo(1.5, 10);
    for (const [x, y] of [
      [0, 0],
      [1.4, -1.4],
      [1.6, 0],
      [0, -2],
      [-1.5, 1.5],
    ])
      expect(regionContains(SQUARE, 'and', x, y)).toBe(inRegion(SQUARE, 'and', x, y));
  });

  it('a slanted half-plane, an AND triangle and an OR union match grid counting', () => {
    const slanted: StepUnit = { w1: 1, w2: 2, theta: 1 };
    const cut = clipToHalfPlane(boxPolygon(-3, 3), slanted);
    expect(polygonArea(cut)).toBeCloseTo(gridArea([slanted], 'and', 3), 1);
    const triangle: StepUnit[] = [
      { w1: 0, w2: 1, theta: -1 },
      { w1: -1, w2: -1, theta: -2 },
      { w1: 1, w2: -1, theta: -2 },
    ];
    const tri = regionPolygons(triangle, 'and', -3, 3);
    expect(tri).toHaveLength(1);
    expect(polygonArea(tri[0])).toBeCloseTo(gridArea(triangle, 'and', 3), 1);
    const strips: StepUnit[] = [
      { w1: -1, w2: 0, theta: 1 },
      { w1: 1, w2: 0, theta: 1.5 },
    ];
    const parts = regionPolygons(strips, 'or', -3, 3);
    const area = parts.reduce((s, p) => s + polygonArea(p), 0);
    expect(area).toBeCloseTo(6 * 2 + 6 * 1.5, 10); // two disjoint strips: 2 × 6 and 1.5 × 6
    expect(area).toBeCloseTo(gridArea(strips, 'or', 3), 1);
  });

  it('an empty intersection has no polygon and contains nothing', () => {
    const apart: StepUnit[] = [
      { w1: 1, w2: 0, theta: 1 },
      { w1: -1, w2: 0, theta: 1 },
    ];
    expect(regionPolygons(apart, 'and', -3, 3)).toEqual([]);
    expect(regionContains(apart, 'and', 0, 0)).toBe(0);
    expect(regionContains(apart, 'or', 2, 0)).toBe(1);
  });
});

describe('check region-separates', () => {
  const setup = activity(FILES[0], 'and-region').figure.setup as unknown as RegionComposeSetup;
  const orSetup = activity(FILES[0], 'or-region').figure.setup as unknown as RegionComposeSetup;

  it('fails on the starting strip, naming the squares inside', () => {
    const r = runCheck(
      { kind: 'region-separates', combine: 'and' },
      { points: setup.points, units: setup.units, combine: 'and' },
    );
    expect(r.passed).toBe(false);
    expect(r.message).toContain('2 of 11 points are on the wrong side');
    expect(r.message).toContain('(0.4, 2.2) is inside');
  });

  it('passes on the square, and on a triangle, agreeing with the plain formula', () => {
    for (const units of [
      SQUARE,
      [
        { w1: 0, w2: 1, theta: -1.2 },
        { w1: -1, w2: -1, theta: -1.8 },
        { w1: 1, w2: -1, theta: -1.8 },
      ],
    ]) {
      const expected = setup.points.every(([x, y, t]) => inRegion(units, 'and', x, y) === t);
      const r = runCheck(
        { kind: 'region-separates', combine: 'and' },
        { points: setup.points, units, combine: 'and' },
      );
      expect(r.passed).toBe(expected);
    }
    expect(
      runCheck(
        { kind: 'region-separates', combine: 'and' },
        { points: setup.points, units: SQUARE, combine: 'and' },
      ).passed,
    ).toBe(true);
  });

  it('asks for the combination the task names, and for OR finds the union', () => {
    const units = [
      { w1: -1, w2: 0, theta: 1 },
      { w1: 1, w2: 0, theta: 1.5 },
    ];
    const wrongKind = runCheck(
      { kind: 'region-separates', combine: 'or' },
      { points: orSetup.points, units, combine: 'and' },
    );
    expect(wrongKind.passed).toBe(false);
    expect(wrongKind.message).toContain('asks for an OR output');
    expect(
      runCheck(
        { kind: 'region-separates', combine: 'or' },
        { points: orSetup.points, units: orSetup.units, combine: 'or' },
      ).passed,
    ).toBe(false); // θ = 2.5 misses the right-hand circles
    expect(
      runCheck(
        { kind: 'region-separates', combine: 'or' },
        { points: orSetup.points, units, combine: 'or' },
      ).passed,
    ).toBe(true);
  });

  it('two hidden layers: an OR of two AND triangles holds both groups; one layer cannot', () => {
    const two = activity(FILES[0], 'two-layers');
    const s = two.figure.setup as unknown as RegionComposeSetup;
    const check = two.task!.check;
    // the plain formula: each group an AND of its half-planes, the output an OR of the groups
    const orOfAnds = (units: StepUnit[], x: number, y: number): number =>
      Number(
        [1, 2].some((g) => {
          const members = units.filter((u) => (u.group ?? 1) === g);
          return members.length > 0 && members.every((u) => fires(u, x, y) === 1);
        }),
      );
    const triangleB: StepUnit[] = [
      { w1: 1, w2: 0, theta: 0.8, group: 2 },
      { w1: 0, w2: -1, theta: 0.3, group: 2 },
      { w1: -1, w2: 1, theta: -3.9, group: 2 },
    ];
    const solved = [...s.units.slice(0, 3), ...triangleB];
    for (const [x, y, t] of s.points) {
      expect(orOfAnds(solved, x, y)).toBe(t);
      expect(regionContains(solved, 'or-of-and', x, y)).toBe(t);
    }
    const answer = (units: StepUnit[], combine: Combine) => ({ points: s.points, units, combine });
    expect(runCheck(check, answer(solved, 'or-of-and')).passed).toBe(true);
    // the start, its first triangle copied into a2, and the same lines with one layer all fail
    expect(runCheck(check, answer(s.units, 'or-of-and')).message).toMatch(/^3 of 17 points/);
    const copied = [
      ...s.units.slice(0, 3),
      ...s.units.slice(0, 3).map((u) => ({ ...u, group: 2 })),
    ];
    expect(runCheck(check, answer(copied, 'or-of-and')).passed).toBe(false);
    expect(runCheck(check, answer(solved, 'or')).message).toContain('asks for an OR of ANDs');
    expect(runCheck({ kind: 'region-separates' }, answer(solved, 'or')).passed).toBe(false);
    expect(runCheck({ kind: 'region-separates' }, answer(solved, 'and')).passed).toBe(false);
    // the picture: one polygon per AND unit, each a right triangle of legs 2.8 whose corners
    // beyond the plot (±3) are cut off: legs 0.1 at the top, 0.6 at the side
    const polys = regionPolygons(solved, 'or-of-and', -s.range, s.range);
    expect(polys).toHaveLength(2);
    const area = polys.reduce((a, p) => a + polygonArea(p), 0);
    expect(area).toBeCloseTo(2 * (0.5 * 2.8 * 2.8 - 0.5 * 0.1 * 0.1 - 0.5 * 0.6 * 0.6), 6);
  });

  it('refuses malformed answers with a message', () => {
    expect(runCheck({ kind: 'region-separates' }, null).message).toContain('no region');
    const r = runCheck(
      { kind: 'region-separates' },
      { points: setup.points, units: [{ w1: NaN, w2: 0, theta: 0 }], combine: 'and' },
    );
    expect(r.passed).toBe(false);
    expect(r.message).toContain('unit 1');
  });
});

describe('one hidden layer on the disc', () => {
  const setup = activity(FILES[0], 'hidden-layer').figure.setup as unknown as RegionTrainedSetup;
  const data = generate(setup.dataset.name, setup.dataset.params, 'float64');

  it('the smallest hidden layer is three units, and the reason is that two lines cannot enclose', () => {
    const task = activity(FILES[0], 'hidden-layer').task!.check;
    const answer = (r: ReturnType<typeof trainRegion>, reason: string | null) => ({
      spec: r.spec,
      weights: r.weights,
      dataset: setup.dataset,
      trained: true,
      reason,
    });
    const [one, two, three, four] = [1, 2, 3, 4].map((h) => trainRegion({ ...setup, hidden: h }));
    expect(one.accuracy).toBeLessThan(0.97);
    expect(two.accuracy).toBeLessThan(0.97);
    expect(three.accuracy).toBeGreaterThanOrEqual(0.97);
    // one click (train the two units given) fails; so do four units, and three with a wrong reason
    expect(runCheck(task, answer(two, 'unbounded')).message).toMatch(/classifies .* the task asks/);
    expect(runCheck(task, answer(four, 'unbounded')).message).toMatch(/smallest network/);
    expect(runCheck(task, answer(three, null)).message).toMatch(/now answer the question/);
    expect(runCheck(task, answer(three, 'too-short')).message).toMatch(/not why fewer units/);
    expect(runCheck(task, answer(three, 'unbounded')).passed).toBe(true);
    const options = (setup.question?.options ?? []).map((o) => o.id);
    expect(options).toContain('unbounded');
  });

  it('two units fail the task, four pass it; the check recomputes the accuracy', () => {
    const two = trainRegion(setup);
    const four = trainRegion({ ...setup, hidden: 4 });
    const answer = (r: ReturnType<typeof trainRegion>) => ({
      spec: r.spec,
      weights: r.weights,
      dataset: setup.dataset,
      trained: true,
    });
    const check = { kind: 'region-accuracy', minAccuracy: 0.97, maxHidden: 8 };
    expect(two.accuracy).toBeLessThan(0.97);
    expect(runCheck(check, answer(two)).passed).toBe(false);
    expect(four.accuracy).toBeGreaterThanOrEqual(0.97);
    const passed = runCheck(check, answer(four));
    expect(passed.passed).toBe(true);
    expect(passed.message).toContain(`${Math.round(four.accuracy * 1000) / 10}%`);
    expect(runCheck({ ...check, maxHidden: 3 }, answer(four)).message).toContain('at most 3');
    expect(runCheck(check, { ...answer(four), trained: false }).passed).toBe(false);
  });

  it('the hidden maps are each unit’s activation computed by hand', () => {
    const r = trainRegion({ ...setup, hidden: 3 });
    const box = dataBox(data);
    const n = 7;
    const s = regionSurface(r.spec, r.weights, box, n);
    expect(s.hidden?.[0]).toHaveLength(3);
    const dx = (box.xMax - box.xMin) / n;
    for (const [row, col] of [
      [0, 0],
      [3, 4],
      [6, 2],
    ]) {
      const x = box.xMin + (col + 0.5) * dx;
      const y = box.yMax - (row + 0.5) * dx;
      const h = r.weights.W[0].map((w, j) => Math.tanh(w[0] * x + w[1] * y + r.weights.b[0][j]));
      h.forEach((v, j) => expect(s.hidden![0][j][row * n + col]).toBeCloseTo(v, 6));
      const z = r.weights.W[1][0].reduce((acc, w, j) => acc + w * h[j], r.weights.b[1][0]);
      expect(s.output[row * n + col]).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
    }
  });
});
