import type { DType } from '../../src-engine/core/float-array';
import { oneHotDataset } from '../../src-engine/data/build-dataset';
import type { Dataset } from '../../src-engine/data/dataset';
import { corrupt, readResource, resourcePath } from './resources';

/** The Iris file in the datasets folder (written by scripts/build-builtin-data.mjs). */
export const IRIS_FILE = 'iris.json';

/** Size of the Iris table, for the catalogue (checked against the file on load). */
export const IRIS_SHAPE = { rows: 150, inputs: 4, classes: 3 } as const;

interface IrisFile {
  featureNames: string[];
  classNames: string[];
  rows: unknown[];
}

/**
 * Iris: 150 flowers, four measurements in cm, three species as one-hot targets, in the file's
 * order (50 of each species in turn).
 * @throws BuiltinDataError when the file is missing or not as the build script writes it
 */
export function loadIris(resourcesDir: string, dtype: DType): Dataset {
  const bytes = readResource('iris', resourcesDir, IRIS_FILE);
  const bad = (detail: string) => corrupt('iris', resourcePath(resourcesDir, IRIS_FILE), detail);
  let file: IrisFile;
  try {
    file = JSON.parse(bytes.toString('utf8')) as IrisFile;
  } catch (error) {
    throw bad(`is not valid JSON (${(error as Error).message})`);
  }
  const strings = (v: unknown, n: number) =>
    Array.isArray(v) && v.length === n && v.every((s) => typeof s === 'string');
  if (
    file === null ||
    typeof file !== 'object' ||
    !strings(file.featureNames, IRIS_SHAPE.inputs) ||
    !strings(file.classNames, IRIS_SHAPE.classes) ||
    !Array.isArray(file.rows) ||
    file.rows.length !== IRIS_SHAPE.rows
  ) {
    throw bad(
      `does not hold ${IRIS_SHAPE.rows} rows with ${IRIS_SHAPE.inputs} feature and ${IRIS_SHAPE.classes} class names`,
    );
  }
  const { inputs } = IRIS_SHAPE;
  const x = new Float64Array(file.rows.length * inputs);
  const labels = new Int32Array(file.rows.length);
  file.rows.forEach((row, r) => {
    const values = Array.isArray(row) ? (row as unknown[]) : [];
    const label = file.classNames.indexOf(values[inputs] as string);
    const numbers = values
      .slice(0, inputs)
      .filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (label < 0 || values.length !== inputs + 1 || numbers.length !== inputs) {
      throw bad(`row ${r} is not ${inputs} numbers and a known class name`);
    }
    x.set(numbers as number[], r * inputs);
    labels[r] = label;
  });
  return oneHotDataset(x, labels, inputs, file.featureNames, file.classNames, dtype);
}
