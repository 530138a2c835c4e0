// Lab 14, choosing a topology: the trials are built as the backend takes them, the check wants
// the lowest validation loss, one look at the test set and the right reason; the early-stopping
// run really overfits, and its stop follows the engine's early stopping epoch for epoch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src-engine/data/generators';
import { fitInputScaler, scaleInputs } from '../../../src-engine/data/scaling';
import { splitDataset } from '../../../src-engine/data/split';
import { Network } from '../../../src-engine/network/network';
import { fit } from '../../../src-engine/train/fit';
import { runCheck } from '../../../src-renderer/labs/checks/registry';
import { parseLab } from '../../../src-renderer/labs/lab-schema';
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

const FILE = join(__dirname, '../../../resources/labs/14-choosing-topology.json');
const activity = (id: string) =>
  parseLab(JSON.parse(readFileSync(FILE, 'utf8')), '14-choosing-topology.json').activities.find(
    (a) => a.id === id,
  )!;

describe('lab 14: trials and the topology check', () => {
  const setup = activity('trials').figure.setup as unknown as TopologyTrialsSetup;
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

describe('lab 14: one look at the test set, and why', () => {
  const task = activity('trials').task!.check;
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

describe('lab 14: early stopping on a run that really overfits', () => {
  const es = activity('early-stopping');
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
