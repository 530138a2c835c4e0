/**
 * A lesson's dataset, decoded and held to the store's rules and more: arrays of the declared
 * sizes, every value finite, labels within the classes, and content matching its hash (a
 * changed or damaged file is refused rather than trained on).
 */
import { datasetHash } from '../store/dataset-hash';
import type { DatasetInput } from '../store/records';
import { decodeFloat32, decodeInt32 } from './array-codec';
import { lessonProblem as problem, type LessonProblem } from './lesson-problem';
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
 * @returns the dataset, or the problems found (each naming the field, with its id)
 */
export function checkDataset(
  raw: RawDataset,
  where: string,
): { dataset: CheckedDataset } | { problems: LessonProblem[] } {
  const problems: LessonProblem[] = [];
  const { rowCount: m, inputs, outputs } = raw;
  const roles = new Set(raw.columns.map((c) => c.role));
  for (const role of ['input', 'target'])
    if (!roles.has(role as 'input'))
      problems.push(
        problem(`${where}.columns`, 'noRole', `no column has the role '${role}'`, { role }),
      );
  const notBase64 = (field: string) =>
    problem(`${where}.${field}`, 'notBase64', 'not base64 of 32-bit values');

  const x = decodeFloat32(raw.x);
  const y = decodeFloat32(raw.y);
  const labels = raw.labels === undefined ? undefined : decodeInt32(raw.labels);
  if (!x) problems.push(notBase64('x'));
  else checkValues(x, m, inputs, 'inputs', `${where}.x`, problems);
  if (!y) problems.push(notBase64('y'));
  else checkValues(y, m, outputs, 'outputs', `${where}.y`, problems);
  if (raw.labels !== undefined) {
    if (raw.task !== 'classification') {
      problems.push(
        problem(`${where}.labels`, 'labelsOnlyClasses', 'only classification datasets have labels'),
      );
    } else if (!labels) {
      problems.push(notBase64('labels'));
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
    const message = 'its content does not match its hash (the file was changed or damaged)';
    return { problems: [problem(where, 'hashMismatch', message)] };
  }
  return { dataset: { file: raw.file, hash: raw.hash, input } };
}

function checkValues(
  values: Float32Array,
  rows: number,
  width: number,
  widthName: string,
  where: string,
  problems: LessonProblem[],
): void {
  if (values.length !== rows * width) {
    const named = { count: values.length, rows, field: widthName, width, product: rows * width };
    problems.push(
      problem(
        where,
        'valueCount',
        `holds ${values.length} values; rowCount ${rows} × ${widthName} ${width} = ${rows * width}`,
        named,
      ),
    );
    return;
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      const row = Math.floor(i / width);
      const column = i - row * width;
      problems.push({
        ...problem(
          `${where}[${i}]`,
          'valueNotFinite',
          `is ${values[i]} (row ${row}, column ${column}); every value must be a finite number`,
          { value: String(values[i]), row, column },
        ),
        inline: true,
      });
      return;
    }
  }
}

function checkLabels(
  labels: Int32Array,
  rows: number,
  classes: number,
  where: string,
  problems: LessonProblem[],
): void {
  if (labels.length !== rows) {
    problems.push(
      problem(where, 'labelCount', `holds ${labels.length} labels for rowCount ${rows}`, {
        count: labels.length,
        rows,
      }),
    );
    return;
  }
  const bad = labels.findIndex((label) => label < 0 || label >= classes);
  if (bad >= 0) {
    problems.push({
      ...problem(
        `${where}[${bad}]`,
        'labelRange',
        `is ${labels[bad]}; expected a class from 0 to ${classes - 1}`,
        { value: labels[bad], max: classes - 1 },
      ),
      inline: true,
    });
  }
}
