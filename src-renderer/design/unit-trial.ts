/**
 * "Try it" for a single-unit design: trains the perceptron, Adaline or MADALINE on the chosen
 * data with the engine, right here in the renderer (the models are tiny), or writes out a
 * McCulloch–Pitts unit's truth table. Says plainly when the data does not fit the model.
 */
import { i18n } from '../i18n';
import { formatSignificant } from '../i18n/format';
import type { DecisionLine } from '../../src-engine/units/decision-line';
import { decisionLine } from '../../src-engine/units/decision-line';
import { Adaline } from '../../src-engine/units/adaline';
import { Madaline } from '../../src-engine/units/madaline';
import { McCullochPittsUnit } from '../../src-engine/units/mcculloch-pitts';
import { Perceptron } from '../../src-engine/units/perceptron';
import type { TruthTable } from '../../src-engine/units/truth-table';
import { truthTable } from '../../src-engine/units/truth-table';
import type { McCullochPittsBlock, UnitBlock } from './design-document';

/** The rows a trial learns from: x: [rows, inputs], labels: [rows] class 0 or 1. */
export interface TrialData {
  name: string;
  task: 'classification' | 'regression';
  classes: number;
  inputs: number;
  rows: number;
  x: Float32Array;
  labels: Int32Array | null;
}

export interface TrainedTrial {
  kind: 'trained';
  model: 'perceptron' | 'adaline' | 'madaline';
  epochs: number;
  errorsPerEpoch: number[];
  /** rows misclassified with the final weights */
  errors: number;
  rows: number;
  converged: boolean;
  /** one sentence on how training ended */
  outcome: string;
  /** 2-input models: where the unit (each Adaline, for MADALINE) switches */
  lines: (DecisionLine | null)[];
}

export interface TruthTableTrial {
  kind: 'truth-table';
  table: TruthTable;
  /** rows of the data the unit answers like the data, when the data's inputs are all 0 or 1 */
  agreement: { right: number; rows: number } | null;
  note: string | null;
}

export type TrialResult = TrainedTrial | TruthTableTrial | { kind: 'unfit'; reason: string };

/** McCulloch–Pitts tables up to this many inputs are shown. */
export const MAX_TABLE_INPUTS = 6;

const t = i18n.global.t;

/**
 * Tries a single-unit model on the data (null: no dataset chosen).
 * @param inputs the design's input size (a McCulloch–Pitts unit without data uses it)
 */
export function tryUnit(block: UnitBlock, data: TrialData | null, inputs: number): TrialResult {
  if (block.kind === 'mcculloch-pitts') return tryMcCullochPitts(block, data, inputs);
  const model = t(`design.trial.models.${block.kind}`);
  if (!data) {
    return { kind: 'unfit', reason: t('design.trial.needsData', { model }) };
  }
  const unfit = twoClassProblem(model, data);
  if (unfit) return { kind: 'unfit', reason: unfit };
  const xs = rowsOf(data);
  const labels = data.labels as Int32Array;
  if (block.kind === 'perceptron') {
    const p = new Perceptron({
      inputs: data.inputs,
      output: block.coding,
      learningRate: block.learningRate,
    });
    const ts = Array.from(labels, (l) => (block.coding === 'binary' ? l : l === 1 ? 1 : -1));
    const r = p.train(xs, ts, { maxEpochs: block.epochs });
    return trained(
      'perceptron',
      r.epochs,
      r.errorsPerEpoch,
      p.errors(xs, ts),
      data,
      r.converged,
      r.converged
        ? t('design.trial.converged', { epochs: r.epochs })
        : t('design.trial.notSeparable', { epochs: r.epochs }),
      data.inputs === 2 ? [p.decisionLine()] : [],
    );
  }
  const ts = Array.from(labels, (l) => (l === 1 ? 1 : -1));
  if (block.kind === 'adaline') {
    const a = new Adaline({ inputs: data.inputs, learningRate: block.learningRate });
    const r = a.train(xs, ts, { maxEpochs: block.epochs });
    const errorsPerEpoch: number[] = [];
    const errors = countErrors(xs, ts, (x) => a.classify(x));
    const mse = r.msePerEpoch[r.msePerEpoch.length - 1];
    const values = { epochs: r.epochs, mse: formatSignificant(mse, 3) };
    const outcome = t(`design.trial.adaline.${r.stoppedBy}`, values);
    return trained(
      'adaline',
      r.epochs,
      errorsPerEpoch,
      errors,
      data,
      r.stoppedBy === 'tolerance',
      outcome,
      data.inputs === 2 && r.stoppedBy !== 'diverged' ? [a.decisionLine()] : [],
    );
  }
  const m = new Madaline({
    inputs: data.inputs,
    hidden: block.units,
    logic: block.logic,
    learningRate: block.learningRate,
    seed: 1,
  });
  const r = m.train(xs, ts, { maxEpochs: block.epochs });
  return trained(
    'madaline',
    r.epochs,
    r.errorsPerEpoch,
    countErrors(xs, ts, (x) => m.predict(x)),
    data,
    r.converged,
    r.converged
      ? t('design.trial.converged', { epochs: r.epochs })
      : t('design.trial.notConverged', { epochs: r.epochs }),
    data.inputs === 2 ? m.weights.map((w) => decisionLine(w)) : [],
  );
}

function trained(
  model: TrainedTrial['model'],
  epochs: number,
  errorsPerEpoch: number[],
  errors: number,
  data: TrialData,
  converged: boolean,
  outcome: string,
  lines: (DecisionLine | null)[],
): TrainedTrial {
  return {
    kind: 'trained',
    model,
    epochs,
    errorsPerEpoch,
    errors,
    rows: data.rows,
    converged,
    outcome,
    lines,
  };
}

/** Why a 2-class model cannot learn this data, or null when it can. */
function twoClassProblem(model: string, data: TrialData): string | null {
  if (data.task !== 'classification' || !data.labels) {
    return t('design.trial.regression', { model, name: data.name });
  }
  if (data.classes > 2) {
    return t('design.trial.classes', { model, name: data.name, classes: data.classes });
  }
  if (data.rows === 0) return t('design.trial.noRows', { name: data.name });
  return null;
}

function tryMcCullochPitts(
  block: McCullochPittsBlock,
  data: TrialData | null,
  inputs: number,
): TrialResult {
  const n = data ? data.inputs : inputs;
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_TABLE_INPUTS)) {
    return {
      kind: 'unfit',
      reason: t('design.trial.tableSize', { n, max: MAX_TABLE_INPUTS }),
    };
  }
  let unit: McCullochPittsUnit;
  try {
    const inhibitory = new Set(block.inhibitory);
    unit = new McCullochPittsUnit({
      inputs: Array.from({ length: n }, (_, i) => ({
        kind: inhibitory.has(i) ? 'inhibitory' : 'excitatory',
      })),
      threshold: block.threshold,
      mode: block.inhibition,
    });
  } catch (error) {
    return { kind: 'unfit', reason: error instanceof Error ? error.message : String(error) };
  }
  const table = truthTable(unit);
  if (!data) return { kind: 'truth-table', table, agreement: null, note: null };
  if (!data.labels || data.task !== 'classification' || data.classes > 2) {
    return {
      kind: 'truth-table',
      table,
      agreement: null,
      note: t('design.trial.notTwoClass', { name: data.name }),
    };
  }
  const binary = data.x.every((v) => v === 0 || v === 1);
  if (!binary) {
    return {
      kind: 'truth-table',
      table,
      agreement: null,
      note: t('design.trial.notBinary', { name: data.name }),
    };
  }
  const xs = rowsOf(data);
  const labels = data.labels;
  const right = xs.reduce((k, x, i) => k + (unit.fire(x) === labels[i] ? 1 : 0), 0);
  return { kind: 'truth-table', table, agreement: { right, rows: data.rows }, note: null };
}

function rowsOf(data: TrialData): number[][] {
  return Array.from({ length: data.rows }, (_, i) =>
    Array.from(data.x.subarray(i * data.inputs, (i + 1) * data.inputs)),
  );
}

function countErrors(xs: number[][], ts: number[], predict: (x: number[]) => number): number {
  return xs.reduce((k, x, i) => k + (predict(x) === ts[i] ? 0 : 1), 0);
}
