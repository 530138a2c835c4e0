import type { FloatArray } from '../../src-engine/core/float-array';
import type { Dataset } from '../../src-engine/data/dataset';
import type { LossName } from '../../src-engine/losses/loss';
import { getLoss } from '../../src-engine/losses/registry';
import { confusionMatrix } from '../../src-engine/metrics/confusion-matrix';
import { outputsToLabels } from '../../src-engine/metrics/outputs-to-labels';
import { rSquared } from '../../src-engine/metrics/regression-metrics';
import { countCorrect } from '../../src-engine/train/accuracy-counter';
import type { EvaluatedPart, Misclassified } from '../contract/types';
import type { StoredEvaluation } from '../store/evaluation-json';
import type { FinalMetrics } from '../store/records';
import { JUDGE_CHUNK } from '../training/predict-rows';
import type { PreparedData } from './prepare-data';

/** The most rows of actual vs predicted a regression part reports. */
export const MAX_SAMPLE_ROWS = 2000;
/** The most wrongly classified rows an evaluation lists. */
export const MAX_MISCLASSIFIED = 60;

export type PartName = EvaluatedPart['part'];
export const PARTS: readonly PartName[] = ['train', 'validation', 'test'];
/** Where mistakes are looked for: the part a person should judge the model by. */
const MISTAKES_FROM: readonly PartName[] = ['test', 'validation', 'train'];

/** The model's outputs on each non-empty part, [rows, outputs] (see predictRows). */
export type PartPredictions = Partial<Record<PartName, FloatArray>>;

/**
 * Judges a model from its outputs on each part of the data it was prepared with (what
 * evaluateExperiment documents): loss, accuracy and confusion, or R² and a sample; the
 * mistakes with their raw rows. The network is not run here: the outputs come from the
 * trainer at the end of a run, or from predictRows.
 * @param outputs the network's outputs per row
 * @throws Error when a non-empty part has no predictions of the right size
 */
export function judgePredictions(
  data: PreparedData,
  predictions: PartPredictions,
  lossName: LossName,
  outputs: number,
): StoredEvaluation {
  const task = data.train.task;
  const classes = outputs === 1 ? 2 : outputs;
  const loss = getLoss(lossName);
  const parts: EvaluatedPart[] = [];
  let misclassified: Misclassified[] = [];
  const mistakesFrom = MISTAKES_FROM.find((p) => data[p].m > 0);
  for (const part of PARTS) {
    const d = data[part];
    if (d.m === 0) continue;
    const predicted = predictions[part];
    if (!predicted || predicted.length !== d.m * outputs) {
      throw new Error(`no outputs of the model for the ${part} part (${d.m} rows)`);
    }
    const evaluated: EvaluatedPart = { part, rows: d.m, loss: meanLoss(loss, predicted, d) };
    if (task === 'classification') {
      const actual = outputsToLabels(d.y, d.m, d.outputs);
      const guessed = outputsToLabels(predicted, d.m, outputs);
      evaluated.accuracy = countCorrect(predicted, d.y, d.m, outputs) / d.m;
      evaluated.confusion = toRows(confusionMatrix(guessed, actual, classes), classes);
      if (part === mistakesFrom) {
        misclassified = mistakes(part, data, predicted, actual, guessed, outputs);
      }
    } else {
      evaluated.r2 = rSquared(predicted, d.y, d.m, d.outputs);
      evaluated.sample = sample(d, predicted);
    }
    parts.push(evaluated);
  }
  return {
    task,
    labels: task === 'classification' ? classLabels(data, classes) : data.targetNames,
    parts,
    misclassified,
  };
}

/** The run's final numbers (`loss`, `validationAccuracy`, `testR2`, …) of an evaluation. */
export function finalMetricsOf(evaluation: StoredEvaluation): FinalMetrics {
  const out: FinalMetrics = {};
  for (const p of evaluation.parts) {
    const name = (metric: string) =>
      p.part === 'train' ? metric : p.part + metric[0].toUpperCase() + metric.slice(1);
    out[name('loss')] = p.loss;
    if (p.accuracy !== undefined) out[name('accuracy')] = p.accuracy;
    if (p.r2 !== undefined) out[name('r2')] = p.r2;
  }
  return out;
}

/** The mean loss, summed over the chunks the engine's evaluate uses (same bits). */
function meanLoss(loss: ReturnType<typeof getLoss>, predicted: FloatArray, d: Dataset): number {
  const o = d.outputs;
  let total = 0;
  for (let start = 0; start < d.m; start += JUDGE_CHUNK) {
    const n = Math.min(JUDGE_CHUNK, d.m - start);
    const y = predicted.subarray(start * o, (start + n) * o);
    total += loss.value(y, d.y.subarray(start * o, (start + n) * o), n, o) * n;
  }
  return total / d.m;
}

function classLabels(data: PreparedData, classes: number): string[] {
  const names = data.classNames;
  return names && names.length === classes
    ? [...names]
    : Array.from({ length: classes }, (_, i) => String(i));
}

/** A [k, k] row-major matrix as k rows. */
function toRows(counts: Int32Array, k: number): number[][] {
  return Array.from({ length: k }, (_, t) => Array.from(counts.subarray(t * k, (t + 1) * k)));
}

function sample(d: Dataset, predicted: FloatArray): NonNullable<EvaluatedPart['sample']> {
  const rows = Math.min(d.m, MAX_SAMPLE_ROWS);
  const outputs = d.outputs;
  const actual = new Float32Array(rows * outputs);
  const guessed = new Float32Array(rows * outputs);
  for (let i = 0; i < rows; i++) {
    // evenly spaced, so a dataset stored in order (a sine by x, say) is covered end to end
    const r = Math.floor((i * d.m) / rows);
    actual.set(d.y.subarray(r * outputs, (r + 1) * outputs), i * outputs);
    guessed.set(predicted.subarray(r * outputs, (r + 1) * outputs), i * outputs);
  }
  return { rows, outputs, actual, predicted: guessed };
}

function mistakes(
  part: PartName,
  data: PreparedData,
  predicted: FloatArray,
  actual: Int32Array,
  guessed: Int32Array,
  outputs: number,
): Misclassified[] {
  const raw = data.raw[part];
  const found: Misclassified[] = [];
  for (let r = 0; r < actual.length && found.length < MAX_MISCLASSIFIED; r++) {
    if (actual[r] === guessed[r]) continue;
    const out = predicted[r * outputs + (outputs === 1 ? 0 : guessed[r])];
    found.push({
      part,
      row: r,
      x: Float32Array.from(raw.x.subarray(r * raw.inputs, (r + 1) * raw.inputs)),
      label: actual[r],
      predicted: guessed[r],
      confidence: outputs === 1 && guessed[r] === 0 ? 1 - out : out,
    });
  }
  return found;
}
