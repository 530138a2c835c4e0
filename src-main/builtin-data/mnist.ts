import { allocate, type DType } from '../../src-engine/core/float-array';
import type { Dataset } from '../../src-engine/data/dataset';
import { corrupt, readResource, resourcePath } from './resources';

/** The digits file in the datasets folder (written by scripts/build-builtin-data.mjs, whose
 * header comment describes the format). */
export const MNIST_FILE = 'mnist-10k.bin';

const MAGIC = 'NLDIGITS';
const VERSION = 1;
const HEADER_BYTES = 28;
const SIDE = 28;
const CLASSES = 10;

/** Size of the digits table, for the catalogue (checked against the file on load). */
export const MNIST_SHAPE = { rows: 10_000, inputs: SIDE * SIDE, classes: CLASSES } as const;

/** Pixel names, row by row from the top-left corner: px0 … px783. */
export const MNIST_FEATURES: readonly string[] = Array.from(
  { length: MNIST_SHAPE.inputs },
  (_, i) => `px${i}`,
);

const DIGIT_NAMES: readonly string[] = Array.from({ length: CLASSES }, (_, d) => String(d));

/**
 * The handwritten digits: 28 × 28 images as 784 pixel inputs scaled to [0, 1] (0 background,
 * 1 ink), the digit as ten one-hot targets ('0' … '9').
 * @param count how many images: the first `count` rows of the file, whose rows take the digits
 *   in turn, so any count is balanced (within one image per digit while every digit lasts)
 * @throws BuiltinDataError when the file is missing or not in the expected format
 */
export function loadMnist(resourcesDir: string, count: number, dtype: DType): Dataset {
  const bytes = readResource('mnist', resourcesDir, MNIST_FILE);
  const bad = (detail: string) => corrupt('mnist', resourcePath(resourcesDir, MNIST_FILE), detail);
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw bad('is not a Neuron Lab digits file (its first bytes are not NLDIGITS)');
  }
  const [version, rows, height, width, classes] = [0, 1, 2, 3, 4].map((i) =>
    bytes.readUInt32LE(8 + 4 * i),
  );
  if (version !== VERSION) throw bad(`has format version ${version}, expected ${VERSION}`);
  if (height !== SIDE || width !== SIDE || classes !== CLASSES || rows !== MNIST_SHAPE.rows) {
    throw bad(
      `holds ${rows} images of ${height} × ${width} in ${classes} classes, expected ${MNIST_SHAPE.rows} of ${SIDE} × ${SIDE} in ${CLASSES}`,
    );
  }
  const pixels = SIDE * SIDE;
  const expected = HEADER_BYTES + rows * pixels + rows;
  if (bytes.length !== expected) {
    throw bad(`is ${bytes.length} bytes, expected ${expected} (cut short or padded)`);
  }
  const m = Math.min(count, rows);
  const x = allocate(dtype, m * pixels);
  for (let i = 0; i < x.length; i++) x[i] = bytes[HEADER_BYTES + i] / 255;
  const labelsAt = HEADER_BYTES + rows * pixels;
  const labels = new Int32Array(m);
  const y = allocate(dtype, m * CLASSES);
  for (let r = 0; r < m; r++) {
    const label = bytes[labelsAt + r];
    if (label >= CLASSES) throw bad(`gives image ${r} the label ${label}, not a digit`);
    labels[r] = label;
    y[r * CLASSES + label] = 1;
  }
  return {
    x,
    y,
    m,
    inputs: pixels,
    outputs: CLASSES,
    task: 'classification',
    featureNames: [...MNIST_FEATURES],
    targetNames: [...DIGIT_NAMES],
    classNames: [...DIGIT_NAMES],
    labels,
  };
}
