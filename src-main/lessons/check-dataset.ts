/**
 * A lesson's dataset, decoded and held to the store's rules and more: arrays of the declared
 * sizes, every value finite, labels within the classes, and content matching its hash (a
 * changed or damaged file is refused rather than trained on).
 */
import { datasetHash } from '../store/dataset-hash';
import type { DatasetInput } from '../store/records';
import { decodeFloat32, decodeInt32 } from './array-codec';
import type { ParsedLessonFile } from './lesson-schema';

type RawDataset = ParsedLessonFile['datasets'][number];

/** A lesson's dataset ready for the store. */
export interface CheckedDataset {
  file: string;
  hash: string;
  input: DatasetInput;
}

/**
 * Decodes and checks one dataset.
 * @param where how messages name it: `datasets[0] ('XOR')`
 * @returns the dataset, or the problems found (each naming the field)
 */
export function checkDataset(
  raw: RawDataset,
  where: string,
): { dataset: CheckedDataset } | { problems: string[] } {
  const problems: string[] = [];
  const { rowCount: m, inputs, outputs } = raw;
  const roles = new Set(raw.columns.map((c) => c.role));
  if (!roles.has('input')) problems.push(`${where}.columns: no column has the role 'input'`);
  if (!roles.has('target')) problems.push(`${where}.columns: no column has the role 'target'`);

  const x = decodeFloat32(raw.x);
  const y = decodeFloat32(raw.y);
  const labels = raw.labels === undefined ? undefined : decodeInt32(raw.labels);
  if (!x) problems.push(`${where}.x: not base64 of 32-bit values`);
  else checkValues(x, m, inputs, 'inputs', `${where}.x`, problems);
  if (!y) problems.push(`${where}.y: not base64 of 32-bit values`);
  else checkValues(y, m, outputs, 'outputs', `${where}.y`, problems);
  if (raw.labels !== undefined) {
    if (raw.task !== 'classification') {
      problems.push(`${where}.labels: only classification datasets have labels`);
    } else if (!labels) {
      problems.push(`${where}.labels: not base64 of 32-bit values`);
    } else {
      checkLabels(labels, m, Math.max(2, outputs), `${where}.labels`, problems);
    }
  }
  if (problems.length > 0 || !x || !y) return { problems };

  const input: DatasetInput = {
    name: raw.name,
    source: raw.source,
    columns: raw.columns,
    task: raw.task,
    rowCount: m,
    split: raw.split,
    x,
    y,
    ...(labels ? { labels } : {}),
  };
  if (datasetHash(input) !== raw.hash) {
    return {
      problems: [`${where}: its content does not match its hash (the file was changed or damaged)`],
    };
  }
  return { dataset: { file: raw.file, hash: raw.hash, input } };
}

function checkValues(
  values: Float32Array,
  rows: number,
  width: number,
  widthName: string,
  where: string,
  problems: string[],
): void {
  if (values.length !== rows * width) {
    problems.push(
      `${where}: holds ${values.length} values; rowCount ${rows} × ${widthName} ${width} = ${rows * width}`,
    );
    return;
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      const row = Math.floor(i / width);
      problems.push(
        `${where}[${i}] is ${values[i]} (row ${row}, column ${i - row * width}); every value must be a finite number`,
      );
      return;
    }
  }
}

function checkLabels(
  labels: Int32Array,
  rows: number,
  classes: number,
  where: string,
  problems: string[],
): void {
  if (labels.length !== rows) {
    problems.push(`${where}: holds ${labels.length} labels for rowCount ${rows}`);
    return;
  }
  const bad = labels.findIndex((label) => label < 0 || label >= classes);
  if (bad >= 0) {
    problems.push(`${where}[${bad}] is ${labels[bad]}; expected a class from 0 to ${classes - 1}`);
  }
}
