// Labs 12 and 13: the files validate with the framework's loader, the region composition's
// numbers equal independent computations (plain formulas, grid counting), and the checks pass
// on right answers and fail on wrong ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src-engine/data/generators';
import { fitInputScaler, scaleInputs } from '../../../src-engine/data/scaling';
import { splitDataset } from '../../../src-engine/data/split';
import { Network } from '../../../src-engine/network/network';
import { fit } from '../../../src-engine/train/fit';
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
import type { RegionComposeSetup } from '../../../src-renderer/labs/regions/region-figure-kinds';
import {
  bestEpoch,
  overfitRun,
  stopPoint,
  type EarlyStoppingSetup,
} from '../../../src-renderer/labs/topology/early-stopping-run';
import {
  topologyLabel,
  topologySpec,
  trialTraining,
  type TopologyTrialsSetup,
  type TrialResult,
} from '../../../src-renderer/labs/topology/topology-trials';

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

describe('lab files 12 and 13', () => {
  it.each(FILES)('%s validates and is bundled in the lecture order', (file) => {
    expect(() => lab(file)).not.toThrow();
    const { labs, problems } = bundledLabs();
    expect(problems.filter((p) => p.startsWith('12-') || p.startsWith('13-'))).toEqual([]);
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
    expect(p12).toContain('activities[0].figure.setup.combine: must be one of and, or, or-of-and');
    expect(
      p12.some((p) => p.startsWith('activities[3].figure.setup.dataset: unknown generator')),
    ).toBe(true);
    expect(problemsOf(t, 'bad13.json')).toEqual([
      'activities[0].figure.setup.split: must be { train, validation, test, seed }, each part above 0, adding up to 1',
      'activities[0].figure.setup.topologies: must list 2 to 4 topologies',
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

describe('lab 13: trials and the topology check', () => {
  const setup = activity(FILES[1], 'trials').figure.setup as unknown as TopologyTrialsSetup;
  const trial = (id: number, hidden: number[], vl: number | null): TrialResult => ({
    experimentId: id,
    topology: topologyLabel(hidden),
    status: 'done',
    epochsDone: 20,
    validationLoss: vl,
  });
  const trials = [trial(7, [1], 0.52), trial(8, [3], 0.21), trial(9, [8], 0.24)];
  const check = { kind: 'topology-lowest-validation', minRuns: 3 };

  it('builds each run as the backend takes it: spec, early stopping on validation', () => {
    expect(topologySpec([3], 'tanh')).toEqual({
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    });
    expect(topologyLabel([8, 8])).toBe('2-8-8-1');
    const t = trialTraining(setup, 4);
    expect(t.earlyStopping).toEqual({ patience: 4, restoreBest: true });
    expect(t.loss).toBe('binary_cross_entropy');
    expect(t.epochs).toBe(setup.epochs);
  });

  it('passes on the lowest validation loss and fails on another, naming both', () => {
    expect(runCheck(check, { trials, chosen: 8 }).passed).toBe(true);
    const wrong = runCheck(check, { trials, chosen: 9 });
    expect(wrong.passed).toBe(false);
    expect(wrong.message).toContain('2-8-1 has validation loss 0.2400');
    expect(wrong.message).toContain('2-3-1 has a lower one (0.2100)');
  });

  it('needs enough finished trials and a choice', () => {
    expect(runCheck(check, { trials: trials.slice(0, 2), chosen: 8 }).message).toContain(
      'run at least 3',
    );
    expect(
      runCheck(check, { trials: [...trials.slice(0, 2), trial(9, [8], null)], chosen: 8 }).passed,
    ).toBe(false);
    expect(runCheck(check, { trials, chosen: null }).message).toContain('Pick one');
    expect(runCheck(check, null).message).toContain('Run the trials');
  });
});

describe('lab 13: one look at the test set, and why', () => {
  const task = activity(FILES[1], 'trials').task!.check;
  const trial = (id: number, label: string, vl: number): TrialResult => ({
    experimentId: id,
    topology: label,
    status: 'done',
    epochsDone: 20,
    validationLoss: vl,
  });
  const trials = [trial(7, '2-1-1', 0.52), trial(8, '2-3-1', 0.21), trial(9, '2-8-1', 0.24)];
  const answer = (chosen: number, revealed: number | null, reason: string | null) => ({
    trials,
    chosen,
    revealed,
    reason,
  });

  it('the best choice must have its test score revealed, and the reason must be right', () => {
    expect(runCheck(task, answer(8, null, 'flatters')).message).toMatch(
      /Now reveal its test score — once/,
    );
    expect(runCheck(task, answer(8, 8, null)).message).toMatch(/now answer the question/);
    expect(runCheck(task, answer(8, 8, 'smaller')).message).toMatch(/not why the test set/);
    expect(runCheck(task, answer(8, 8, 'flatters')).passed).toBe(true);
  });

  it('a look at the test score of a worse choice fixes it: new runs are needed', () => {
    const r = runCheck(task, answer(9, 9, 'flatters'));
    expect(r.passed).toBe(false);
    expect(r.message).toContain('train new runs to choose again');
  });
});

describe('lab 13: early stopping on a run that really overfits', () => {
  const es = activity(FILES[1], 'early-stopping');
  const setup = es.figure.setup as unknown as EarlyStoppingSetup;
  const curves = overfitRun(setup);

  it('overfits: training loss falls to nearly 0, validation loss bottoms out mid-run and climbs', () => {
    expect(curves.train).toHaveLength(setup.epochs);
    expect(curves.train.at(-1)!).toBeLessThan(0.01);
    const best = bestEpoch(curves.validation);
    expect(best).toBeGreaterThan(20);
    expect(best).toBeLessThan(setup.epochs - 50);
    const low = curves.validation[best - 1];
    expect(curves.validation.at(-1)!).toBeGreaterThan(1.8 * low);
    expect(curves.validation[0]).toBeGreaterThan(2 * low);
  });

  it("stopPoint follows the engine's early stopping epoch for epoch (the engine as oracle)", () => {
    const data = generate(setup.dataset.name, setup.dataset.params, 'float64');
    const parts = splitDataset(data, { ...setup.split, test: 0 });
    const scaler = fitInputScaler('standard', parts.train);
    const train = scaleInputs(parts.train, scaler);
    const validation = scaleInputs(parts.validation, scaler);
    for (const patience of [2, 10, 25, 190]) {
      const net = new Network(
        {
          inputs: 2,
          layers: [
            ...setup.hidden.map((units) => ({ units, activation: setup.activation })),
            { units: 1, activation: 'sigmoid' as const },
          ],
        },
        { dtype: 'float64', seed: setup.seed },
      );
      const result = fit(
        net,
        train,
        {
          loss: 'binary_cross_entropy',
          optimizer: { name: 'adam' },
          learningRate: setup.learningRate,
          batchSize: train.m,
          epochs: setup.epochs,
          shuffle: false,
          seed: setup.seed,
          earlyStopping: { patience, restoreBest: true },
        },
        { validation },
      );
      const p = stopPoint(curves.validation, patience);
      expect({ patience, stop: p.stop, kept: p.kept }).toEqual({
        patience,
        stop: result.epochs,
        kept: result.bestEpoch,
      });
    }
  });

  it('the check wants both epochs predicted before they are shown', () => {
    const check = es.task!.check;
    const p10 = stopPoint(curves.validation, 10);
    const best = bestEpoch(curves.validation);
    expect(p10).toEqual({ stop: best + 10, kept: best });
    const a = (
      predicted: { stop: number; kept: number } | null,
      revealed = true,
      patience = 10,
    ) => ({
      setup,
      patience,
      predicted,
      revealed,
    });
    expect(runCheck(check, a(p10)).passed).toBe(true);
    // the best epoch, shown on the chart, copied into both boxes
    expect(runCheck(check, a({ stop: best, kept: best })).message).toMatch(
      /does not stop at its best epoch/,
    );
    // "Show where it stops" pressed with nothing entered, and nothing pressed at all
    expect(runCheck(check, a(null)).passed).toBe(false);
    expect(runCheck(check, a(p10, false)).message).toMatch(/Show where it stops/);
    // the last epoch kept instead of the best
    expect(runCheck(check, a({ stop: p10.stop, kept: p10.stop })).message).toMatch(
      new RegExp(`keeps the weights of epoch ${best}`),
    );
    // another patience is judged on its own
    const p25 = stopPoint(curves.validation, 25);
    expect(runCheck(check, a(p25, true, 25)).passed).toBe(true);
    expect(runCheck(check, a(p10, true, 25)).passed).toBe(false);
  });
});
