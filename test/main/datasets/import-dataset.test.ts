import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildDataset, importDataset, readTable } from '../../../src-main/datasets';
import { fixture, withTempDir, writeTemp } from './fixtures';

const f32 = (values: number[]) => Array.from(Float32Array.from(values));
const xs = (a: ArrayLike<number>) => Array.from(a);

describe('importDataset: normal files', () => {
  it('Iris-like CSV: numeric inputs, a categorical target with three classes one-hot', async () => {
    const r = await importDataset(fixture('iris-like.csv'));
    const d = r.dataset;
    expect(d.x).toBeInstanceOf(Float32Array);
    expect([d.m, d.inputs, d.outputs, d.task]).toEqual([6, 4, 3, 'classification']);
    expect(d.featureNames).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(d.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(xs(d.labels!)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(xs(d.y).slice(6, 9)).toEqual([0, 1, 0]);
    expect(xs(d.x).slice(0, 4)).toEqual(f32([5.1, 3.5, 1.4, 0.2]));
    expect(r.columns[0].stats).toMatchObject({ type: 'numeric', count: 6, min: 4.9, max: 7 });
    expect(r.columns[0].stats.type === 'numeric' && r.columns[0].stats.mean).toBeCloseTo(35.5 / 6);
    expect(r.columns[4]).toMatchObject({ role: 'target', type: 'categorical' });
    expect(r.source).toMatchObject({ delimiter: ',', hasHeader: true, format: 'csv' });
  });

  it('semicolons with decimal commas, two classes as one 0/1 column', async () => {
    const r = await importDataset(fixture('semicolon-decimal-comma.csv'));
    expect(r.source).toMatchObject({ delimiter: ';', decimalComma: true });
    expect(r.dataset.featureNames).toEqual(['Länge', 'Breite']);
    expect(xs(r.dataset.x)).toEqual([1.5, 2, -0.25, 3.75, 1000, 4]);
    expect(r.dataset.outputs).toBe(1);
    expect(xs(r.dataset.y)).toEqual([0, 1, 0]);
  });

  it('TSV', async () => {
    const r = await importDataset(fixture('tab-separated.tsv'));
    expect(r.source.delimiter).toBe('\t');
    expect(xs(r.dataset.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.dataset.classNames).toEqual(['no', 'yes']);
    expect(xs(r.dataset.y)).toEqual([1, 0, 1]);
  });

  it('quoted fields holding line breaks', async () => {
    const r = await importDataset(fixture('quoted-newlines.csv'));
    expect(r.rows).toBe(4);
    const note = r.encodings[0];
    expect(note.kind === 'one-hot' && note.categories).toEqual([
      'last',
      'line one\nline two',
      'plain',
      'three\r\nlines\nhere',
    ]);
  });

  it('a BOM and CRLF line ends; the hash is the sha256 of the bytes, BOM included', async () => {
    const file = fixture('bom-crlf.csv');
    const r = await importDataset(file);
    expect(r.columns.map((c) => c.name)).toEqual(['x', 'y']);
    expect(r.dataset.task).toBe('regression');
    expect(xs(r.dataset.y)).toEqual([0.5, 1.5, 2.5]);
    const bytes = await readFile(file);
    expect(r.source.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(r.source.bytes).toBe(bytes.length);
  });

  it('no header: columns are named column 1, 2, …', async () => {
    const r = await importDataset(fixture('no-header.csv'));
    expect(r.source.hasHeader).toBe(false);
    expect(r.dataset.featureNames).toEqual(['column 1', 'column 2']);
    expect(xs(r.dataset.x)).toEqual([1.5, 2, 2.5, 3, 3.5, 4]);
  });

  it('a header can be forced off', async () => {
    const r = await importDataset(fixture('iris-like.csv'), {
      header: false,
      roles: new Map([['column 1', 'ignored']]),
    });
    expect(r.rows).toBe(7);
    expect(r.columns[1].type).toBe('categorical');
  });

  it("missing values, policy 'drop': rows with a gap in a used column go", async () => {
    const r = await importDataset(fixture('missing-values.csv'));
    expect([r.dataset.m, r.droppedRows, r.filledCells]).toEqual([3, 3, 0]);
    expect(r.dataset.featureNames).toEqual(['x', 'colour=blue', 'colour=red']);
    expect(xs(r.dataset.x)).toEqual([1, 0, 1, 5, 1, 0, 6, 0, 1]);
    expect(xs(r.dataset.y)).toEqual([10, 50, 60]);
    expect(r.columns[0].stats).toMatchObject({ count: 5, missing: 1, min: 1, max: 6 });
  });

  it("missing values, policy 'mean': numbers get the mean, categories the commonest", async () => {
    const r = await importDataset(fixture('missing-values.csv'), { missing: 'mean' });
    // the row without a target goes: a target is never made up
    expect([r.dataset.m, r.droppedRows, r.filledCells]).toEqual([5, 1, 2]);
    expect(xs(r.dataset.x).slice(3, 9)).toEqual(f32([3.8, 1, 0, 3, 0, 1]));
    expect(xs(r.dataset.y)).toEqual([10, 20, 30, 50, 60]);
  });

  it('one-hot inputs with their encodings', async () => {
    const r = await importDataset(fixture('one-hot-inputs.csv'));
    expect(r.dataset.featureNames).toEqual(['colour=blue', 'colour=green', 'colour=red', 'size']);
    expect(xs(r.dataset.x).slice(0, 8)).toEqual([0, 0, 1, 1, 0, 1, 0, 2]);
    expect(r.encodings[0]).toEqual({
      column: 'colour',
      kind: 'one-hot',
      categories: ['blue', 'green', 'red'],
      features: ['colour=blue', 'colour=green', 'colour=red'],
    });
    expect(r.encodings.at(-1)).toEqual({ column: 'price', kind: 'regression-target' });
  });

  it('JSON records take the same path as CSV', async () => {
    const r = await importDataset(fixture('records.json'));
    expect(r.source.format).toBe('json');
    expect(r.droppedRows).toBe(1);
    expect(r.dataset.featureNames).toEqual(['x', 'colour=red', 'colour=true']);
    expect(xs(r.dataset.x)).toEqual([1, 1, 0, 3, 1, 0, 4, 0, 1]);
    expect(xs(r.dataset.y)).toEqual([0.5, 1.5, 2]);
  });
});

describe('importDataset: the caller’s choice', () => {
  it('roles by name, a numeric target read as classes, a type fixed as categorical', async () => {
    const r = await importDataset(fixture('no-header.csv'), {
      roles: new Map([
        ['column 2', 'target'],
        ['column 3', 'input'],
      ]),
      targetIsClass: true,
      types: new Map([['column 1', 'categorical']]),
    });
    expect(r.dataset.task).toBe('classification');
    expect(r.dataset.classNames).toEqual(['2', '3', '4']);
    expect(r.dataset.featureNames).toEqual([
      'column 1=1.5',
      'column 1=2.5',
      'column 1=3.5',
      'column 3=a',
      'column 3=b',
    ]);
  });

  it('one table, several choices (read once, then choose roles)', async () => {
    const table = await readTable(fixture('iris-like.csv'));
    const a = buildDataset(table);
    const b = buildDataset(table, { roles: new Map([['petal_width', 'target']]) });
    expect(a.dataset.task).toBe('classification');
    expect(b.dataset.task).toBe('regression');
    expect(b.dataset.featureNames.at(-1)).toBe('species=virginica');
  });

  it.each([
    [new Map([['nope', 'input' as const]]), "iris-like.csv: there is no column named 'nope'"],
    [
      new Map([
        ['sepal_length', 'target' as const],
        ['species', 'target' as const],
      ]),
      "iris-like.csv: choose exactly one target column; chosen: 'sepal_length', 'species'",
    ],
    [new Map([['species', 'ignored' as const]]), 'iris-like.csv: choose exactly one target column'],
  ])('refuses a choice that makes no dataset (%#)', async (roles, message) => {
    await expect(importDataset(fixture('iris-like.csv'), { roles })).rejects.toMatchObject({
      code: 'bad-choice',
      message,
    });
  });

  it('the same bytes under another name have the same hash', async () => {
    await withTempDir(async (dir) => {
      const copy = await writeTemp(dir, 'copy.csv', await readFile(fixture('iris-like.csv')));
      const [a, b] = await Promise.all([
        importDataset(fixture('iris-like.csv')),
        importDataset(copy),
      ]);
      expect(b.source.fileName).toBe('copy.csv');
      expect(b.source.hash).toBe(a.source.hash);
    });
  });
});

describe('importDataset: streaming', () => {
  const bigCsv = () =>
    `a,b,label\n${Array.from({ length: 20_000 }, (_, i) => `${i},${i * 0.5},${i % 3 === 0 ? 'yes' : 'no'}`).join('\n')}\n`;

  it('reports progress with increasing values ending at the file size', async () => {
    await withTempDir(async (dir) => {
      const file = await writeTemp(dir, 'big.csv', bigCsv());
      const size = (await stat(file)).size;
      const calls: [number, number][] = [];
      const r = await importDataset(file, {
        onProgress: (read, total) => calls.push([read, total]),
      });
      expect(r.dataset.m).toBe(20_000);
      expect(calls.length).toBeGreaterThan(2);
      for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
      expect(calls.every(([, total]) => total === size)).toBe(true);
      expect(calls.at(-1)).toEqual([size, size]);
    });
  });

  it('can be cancelled mid-way, and before it starts', async () => {
    await withTempDir(async (dir) => {
      const file = await writeTemp(dir, 'big.csv', bigCsv());
      const controller = new AbortController();
      let calls = 0;
      const run = importDataset(file, {
        signal: controller.signal,
        onProgress: () => {
          calls++;
          controller.abort();
        },
      });
      await expect(run).rejects.toMatchObject({
        code: 'cancelled',
        message: 'big.csv: the import was cancelled',
      });
      expect(calls).toBe(1);
      await expect(importDataset(file, { signal: AbortSignal.abort() })).rejects.toMatchObject({
        code: 'cancelled',
      });
    });
  });
});
