// "Open in Design / Train": every lab offers its setup; bad setups are named by field; the
// student's own unit and schedule carry over; the lab's rows become a CSV the importer reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDelimitedTable } from '../../../src-main/datasets/read-delimited-table';
import { bundledLabs } from '../../../src-renderer/labs/bundled-labs';
import { csvOf, specOf, trainSetupFrom } from '../../../src-renderer/labs/open-in';
import { overridesFrom } from '../../../src-renderer/labs/open-in-overrides';
import { formatPath, labOpenIn } from '../../../src-main/contract/lab-document';
import type { LabOpenIn } from '../../../src-renderer/labs/open-in-schema';

/** "openIn.field: message" for each problem the shared schema finds. */
const problemsOf = (value: unknown): string[] =>
  labOpenIn
    .safeParse(value)
    .error?.issues.map((i) => `${formatPath(i.path, 'openIn')}: ${i.message}`) ?? [];

const LINE: LabOpenIn = {
  label: 'a line',
  dataset: { name: 'line', params: { count: 50 } },
  network: { inputs: 1, layers: [{ units: 1, activation: 'linear' }] },
  training: { loss: 'mse', optimizer: 'sgd', learningRate: 0.05, batchSize: 1, epochs: 20 },
  seed: 3,
};

describe('the shipped labs', () => {
  it('each offer at least one setup to open in the full views', () => {
    const { labs } = bundledLabs();
    const without = labs.filter((lab) => !lab.activities.some((a) => a.openIn)).map((l) => l.id);
    expect(without).toEqual([]);
  });

  it("open networks whose inputs fit their data's columns", () => {
    for (const lab of bundledLabs().labs) {
      for (const a of lab.activities) {
        const o = a.openIn;
        if (!o || !('rows' in o.dataset)) continue;
        expect(o.dataset.columns.length - 1, `${lab.id}/${a.id}`).toBe(o.network.inputs);
      }
    }
  });
});

describe('the openIn schema', () => {
  it('accepts a built-in dataset with training, and a single unit without', () => {
    expect(problemsOf(LINE)).toEqual([]);
    const unit = {
      ...LINE,
      training: undefined,
      unit: { model: 'mcculloch-pitts', threshold: 2, inhibitory: [1], inhibition: 'absolute' },
    };
    expect(problemsOf(unit)).toEqual([]);
  });

  it('names each bad field', () => {
    expect(
      problemsOf({
        ...LINE,
        view: 'labs',
        training: undefined,
        schedule: { kind: 'step', c1: -1, c2: 5 },
        dataset: { name: 'mine', columns: ['x', 'y'], rows: [[1, 2], [3], [4, 'five']] },
      }),
    ).toEqual([
      'openIn.view: must be one of train, design, got "labs"',
      'openIn.dataset.rows[2][1]: must be a number, got "five"',
      'openIn.dataset.rows[1]: must be a list of 2 numbers (one per column)',
      'openIn.schedule.kind: must be one of inverse, got "step"',
      'openIn.schedule.c1: must be a number from 1e-9 to 1000000, got -1',
      'openIn.training: is needed unless the setup is a single unit (unit)',
    ]);
    expect(problemsOf({ ...LINE, unit: { model: 'hopfield', inhibitory: [70] } })).toEqual([
      'openIn.unit.model: must be one of mcculloch-pitts, perceptron, adaline, madaline, got "hopfield"',
      'openIn.unit.inhibitory[0]: must be a whole number from 0 to 63, got 70',
    ]);
  });
});

describe('trainSetupFrom', () => {
  it('keeps the network, training settings, seed and schedule', () => {
    const setup = trainSetupFrom(
      { ...LINE, schedule: { kind: 'inverse', c1: 2, c2: 50 } },
      { id: 7, name: 'Line' },
    );
    expect(setup.datasetId).toBe(7);
    expect(setup.spec).toEqual(specOf(LINE));
    expect(setup.training).toMatchObject({
      loss: 'mse',
      learningRate: 0.05,
      batchSize: 1,
      epochs: 20,
      seed: 3,
      schedule: { kind: 'inverse', c1: 2, c2: 50 },
    });
    expect(setup.normalize).toBe('none');
  });

  it('refuses a single unit, which only Design takes', () => {
    const unit: LabOpenIn = { ...LINE, training: undefined, unit: { model: 'mcculloch-pitts' } };
    expect(() => trainSetupFrom(unit, { id: 1, name: 'x' })).toThrow(/opens in Design only/);
  });
});

describe('csvOf', () => {
  it('writes rows the importer reads back, names quoted', async () => {
    const text = csvOf({
      name: 'pts',
      columns: ['x "one"', 'y'],
      rows: [
        [0, 1.2],
        [-1, 3e-7],
      ],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'open-in-')), 'pts.csv');
    writeFileSync(file, text);
    const table = await readDelimitedTable(file);
    expect(table.columns.map((c) => c.name)).toEqual(['x "one"', 'y']);
    expect(table.rows).toBe(2);
  });
});

describe('overridesFrom', () => {
  const circuit = (kinds: ('excitatory' | 'inhibitory')[], weight = 1) => ({
    circuit: {
      inputs: kinds.map((_, i) => `a${i}`),
      nodes: [
        {
          id: 'c',
          sources: kinds.map((_, i) => `a${i}`),
          unit: { mode: 'absolute', threshold: 2, inputs: kinds.map((kind) => ({ kind, weight })) },
        },
      ],
      outputs: ['c'],
    },
  });

  it("carries the student's McCulloch–Pitts unit to Design", () => {
    expect(overridesFrom('mp-builder', circuit(['excitatory', 'inhibitory']), {}, LINE)).toEqual({
      unit: { model: 'mcculloch-pitts', threshold: 2, inhibitory: [1], inhibition: 'absolute' },
    });
  });

  it("keeps the lab's setup for what Design cannot hold (weights other than 1)", () => {
    expect(overridesFrom('mp-builder', circuit(['excitatory'], 2), {}, LINE)).toBeNull();
  });

  it("carries lab 10's c1 and c2 as the schedule", () => {
    expect(overridesFrom('schedule-compare', { c1: 1.5, c2: 40 }, {}, LINE)).toMatchObject({
      schedule: { kind: 'inverse', c1: 1.5, c2: 40 },
    });
    expect(overridesFrom('schedule-compare', { c1: 0, c2: 40 }, {}, LINE)).toBeNull();
    expect(overridesFrom('softmax', { c1: 1, c2: 1 }, {}, LINE)).toBeNull();
  });

  it("carries the student's points: as classes for lab 2, as numbers for Adaline", () => {
    const points = [
      [1, 2, 1],
      [-1, 0, 0],
      [2, 2, 1],
    ];
    expect(overridesFrom('perceptron-plane', { points }, {}, LINE)).toMatchObject({
      dataset: { columns: ['x1', 'x2', 'class'], rows: points, classes: true },
      label: 'a sigmoid unit trained on these 3 points',
    });
    const adaline = overridesFrom('adaline-compare', { points }, {}, LINE);
    expect(adaline?.dataset).toEqual({
      name: 'Adaline lab points',
      columns: ['x1', 'x2', 't'],
      rows: points,
    });
    expect(overridesFrom('perceptron-plane', { points: [[1, 2]] }, {}, LINE)).toBeNull();
  });

  it("takes lab 6's points from the (teacher's) setup and the student's rate", () => {
    const setup = {
      points: [
        [0, 1],
        [1, 3],
        [2, 5],
      ],
    };
    expect(overridesFrom('descent-rates', null, setup, LINE)).toEqual({
      dataset: { name: 'gradient descent lab points', columns: ['x', 'y'], rows: setup.points },
    });
    expect(
      overridesFrom('cost-descent', { points: setup.points, learningRate: 0.1 }, setup, LINE)
        ?.training,
    ).toEqual({ ...LINE.training, learningRate: 0.1 });
  });
});
