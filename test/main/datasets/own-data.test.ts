// A person's own files, made here: nothing changes without the report saying so, columns are
// typed by evidence, numbers are read as the file writes them, every common format is read.
import { describe, expect, it } from 'vitest';
import { importDataset, type ImportedDataset } from '../../../src-main/datasets';
import { withTempDir, writeTemp } from './fixtures';

const xs = (a: ArrayLike<number>) => Array.from(a);

/** Imports `content` written to a temporary file `name`. */
async function imported(name: string, content: string | Buffer, options = {}) {
  return withTempDir(async (dir) => importDataset(await writeTemp(dir, name, content), options));
}

/** The rejection of importing `content`, as { code, message }. */
async function refused(name: string, content: string | Buffer, options = {}) {
  return imported(name, content, options).then(
    () => {
      throw new Error(`${name} imported, but should have been refused`);
    },
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  );
}

const line = (r: ImportedDataset, start: string) =>
  r.report.lines.find((l) => l.trim().startsWith(start));

/** 100 rows of x (0.0 … 9.9) and y = 2x, with `odd` written into x at data row 37 (line 38). */
const withOddCell = (odd: string) =>
  `x,y\n${Array.from({ length: 100 }, (_, i) => `${i === 36 ? odd : (i / 10).toFixed(1)},${(i / 5).toFixed(1)}`).join('\n')}\n`;

describe('columns are typed by evidence, and odd cells are listed', () => {
  it.each(['1e309', 'Infinity', '0x10', '1.5.5', '１２', 'n.a.'])(
    'one %j among 100 numbers: x stays numeric, the cell is listed and treated as missing',
    async (odd) => {
      const r = await imported('odd.csv', withOddCell(odd));
      expect(r.columns[0].type).toBe('numeric');
      expect(r.dataset.featureNames).toEqual(['x']);
      expect([r.rows, r.dataset.m, r.droppedRows]).toEqual([100, 99, 1]);
      expect(line(r, 'x:')).toBe(
        `  x: numeric input — 99 of 100 values are numbers (at least 95%); 1 not a number, treated as missing: row 38 '${odd}'`,
      );
      expect(line(r, 'missing values')).toBe(
        'missing values (policy drop): 1 of 100 rows dropped — x: 1 (1 not a number); 99 rows kept',
      );
    },
  );

  it('thousands separators are read as numbers, and the report says so', async () => {
    const r = await imported('grouped.csv', withOddCell('"1,000"').replace('4.1', '"1 234"'));
    expect(r.dataset.m).toBe(100);
    expect(xs(r.dataset.x).slice(36, 42)).toEqual([1000, 3.7, 3.8, 3.9, 4, 1234].map(Math.fround));
    expect(line(r, 'x:')).toBe(
      "  x: numeric input — all 100 values are numbers; 2 with thousands separators read as numbers: row 38 '1,000', row 43 '1 234'",
    );
  });

  it('a column of text in more than 5% of its cells is categorical, and the report says why', async () => {
    const r = await imported('grades.csv', 'grade,y\n1,a\n2,b\nA,a\n3,b\n4,a\n');
    expect(r.columns[0].type).toBe('categorical');
    expect(line(r, 'grade:')).toBe(
      "  grade: categorical input — 1 of 5 values is text, e.g. row 4 'A' (numbers in under 95%); 5 categories → 5 inputs (one-hot)",
    );
  });
});

describe('numbers are read as the file writes them', () => {
  it('a semicolon file mixing 1,5 and 1.5: decimal comma, both read as decimals, stated', async () => {
    const r = await imported(
      'mixed.csv',
      'a;b;y\n1,5;2,25;p\n2,5;1.5;q\n3,75;0,5;p\n-0,5;4.25;q\n',
    );
    expect(r.source).toMatchObject({ delimiter: ';', decimalComma: true });
    expect(xs(r.dataset.x)).toEqual([1.5, 2.25, 2.5, 1.5, 3.75, 0.5, -0.5, 4.25]);
    expect(r.report.lines[0]).toBe(
      "mixed.csv: read 4 rows, 3 columns (CSV, UTF-8, delimiter ';', decimal comma (3,14), header row)",
    );
    expect(line(r, 'b:')).toBe(
      "  b: numeric input — all 4 values are numbers; 2 with the other decimal mark read as decimals: row 3 '1.5', row 5 '4.25'",
    );
  });

  it('dots between thousands in a decimal-comma file', async () => {
    const r = await imported('de.csv', 'Preis;Menge;y\n1.234,5;2;a\n12,25;1.000;b\n3;4;a\n');
    expect(r.source.thousands).toBe('.');
    expect(xs(r.dataset.x)).toEqual([1234.5, 2, 12.25, 1000, 3, 4]);
    expect(r.report.lines[0]).toContain("decimal comma (3,14), '.' between thousands (1.234)");
  });

  it.each([
    ['1e39', 3, "'1e39'"],
    ['-3.5e38', 4, "'-3.5e38'"],
  ])(
    '%s is refused with its row and column (it would be ±Infinity in float32)',
    async (big, row, shown) => {
      const rows = ['x,z,y', '1,0,2', '2,0,3', '3,0,4'];
      rows[row - 1] = `${big},0,5`;
      const error = await refused('big.csv', `${rows.join('\n')}\n`);
      expect(error.code).toBe('out-of-range');
      expect(error.message).toBe(
        `big.csv: row ${row}, column 'x': ${shown} is beyond the range of 32-bit floats (±3.4e+38) that networks here compute with; rescale the column, or set it to ignored`,
      );
      // an ignored column may hold anything
      const ok = await imported('big.csv', `${rows.join('\n')}\n`, {
        roles: new Map([['x', 'ignored' as const]]),
      });
      expect(ok.dataset.m).toBe(3);
    },
  );
});

describe('the formats people have', () => {
  it('a trailing delimiter on every line, header included', async () => {
    const r = await imported('trail.csv', 'a,b,y,\n1,2,p,\n3,4,q,\n5,6,p,\n');
    expect(r.columns.map((c) => c.name)).toEqual(['a', 'b', 'y']);
    expect(r.dataset.m).toBe(3);
    expect(r.report.lines[1]).toBe(
      '  note: every line ends with a delimiter; the empty column after it is left out',
    );
    // past the first lines, a value where the empty column was is a ragged row, named
    const long = `a,b,y,\n${'1,2,p,\n3,4,q,\n'.repeat(30)}5,6,p,x\n`;
    expect((await refused('trail.csv', long)).message).toBe(
      'trail.csv: row 62 has 4 cells, the header has 3',
    );
  });

  it('Windows-1252 (an Excel CSV on Windows) is read, and the fallback stated', async () => {
    const bytes = Buffer.concat([
      Buffer.from('name;price;y\r\n'),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]), // café
      Buffer.from(';2,5;a\r\n'),
      Buffer.from([0x80]), // €
      Buffer.from(';3,5;b\r\nthe;1,0;a\r\n'),
    ]);
    const r = await imported('excel.csv', bytes);
    expect(r.source.encoding).toBe('Windows-1252');
    // categories in code-point order
    expect(r.dataset.featureNames).toEqual(['name=café', 'name=the', 'name=€', 'price']);
    expect(r.report.lines[1]).toBe(
      '  note: not UTF-8 (byte 0xE9 at offset 17), so read as Windows-1252',
    );
  });

  it('UTF-8 that turns into something else half-way is refused, not guessed', async () => {
    const bytes = Buffer.concat([
      Buffer.from('name,y\nZoë,1\n'),
      Buffer.from([0x63, 0xe9, 0x2c, 0x32, 0x0a]),
    ]);
    const error = await refused('mixed.csv', bytes);
    expect(error).toEqual({
      code: 'encoding',
      message:
        'mixed.csv mixes encodings: it reads as UTF-8 until byte 0xE9 at offset 15, which is not UTF-8; save it as UTF-8',
    });
    // and as an id with the same byte and offset, for the reader's language
    await expect(imported('mixed.csv', bytes)).rejects.toMatchObject({
      detail: { key: 'import.mixedEncodingAt', params: { byte: 'E9', offset: 15 } },
    });
  });

  it('UTF-16 with a BOM, little- and big-endian', async () => {
    const text = 'x,y\n1,2\n3,4\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    for (const [bytes, encoding] of [
      [le, 'UTF-16LE'],
      [be, 'UTF-16BE'],
    ] as const) {
      const r = await imported('wide.csv', bytes);
      expect(r.source).toMatchObject({ encoding, bom: true });
      expect(r.report.lines[0]).toContain(`${encoding} with BOM`);
      expect([xs(r.dataset.x), xs(r.dataset.y)]).toEqual([
        [1, 3],
        [2, 4],
      ]);
    }
  });
});

describe('missing values, by the policy chosen', () => {
  // x: 1, NA, 3, (empty), 5, 5;  colour: red, blue, ?, red, blue, red;  y always there
  const file = 'x,colour,y\n1,red,1\nNA,blue,2\n3,?,3\n,red,4\n5,blue,5\n5,red,6\n';

  it.each([
    [
      'drop',
      3,
      "missing values (policy drop): 3 of 6 rows dropped — x: 2 (1 'NA', 1 empty); colour: 1 (1 '?'); 3 rows kept",
    ],
    [
      'mean',
      6,
      "missing values (policy mean): 3 cells filled — x: 2 (1 'NA', 1 empty) filled with its mean 3.5; colour: 1 (1 '?') filled with its most frequent value 'red'; 6 rows kept",
    ],
    [
      'median',
      6,
      "missing values (policy median): 3 cells filled — x: 2 (1 'NA', 1 empty) filled with its median 4; colour: 1 (1 '?') filled with its most frequent value 'red'; 6 rows kept",
    ],
    [
      'mode',
      6,
      "missing values (policy mode): 3 cells filled — x: 2 (1 'NA', 1 empty) filled with its most frequent value 5; colour: 1 (1 '?') filled with its most frequent value 'red'; 6 rows kept",
    ],
  ] as const)('%s', async (missing, rows, words) => {
    const r = await imported('gaps.csv', file, { missing });
    expect(r.dataset.m).toBe(rows);
    expect(r.report.rowsKept).toBe(rows);
    expect(line(r, 'missing values')).toBe(words);
    // each line once, in `said` and `lines`: no second copy per column or for the task
    expect(Object.keys(r.report.columns[0]).sort()).toEqual([
      'missing',
      'name',
      'odd',
      'role',
      'type',
    ]);
    expect(Object.keys(r.report.task).sort()).toEqual(['target', 'task']);
    if (missing === 'median')
      expect(xs(r.dataset.x).filter((_, i) => i % 3 === 0)).toEqual([1, 4, 3, 4, 5, 5]);
  });

  it('error: the first gap is named, row and column', async () => {
    expect(await refused('gaps.csv', file, { missing: 'error' })).toEqual({
      code: 'missing-value',
      message:
        "gaps.csv: row 3, column 'x': the cell is 'NA'; the missing-value policy 'error' refuses it (choose drop, mean, median or mode to go on)",
    });
  });
});

describe('the task follows the intent', () => {
  const digits = `a,digit\n${Array.from({ length: 50 }, (_, i) => `${i / 10},${i % 10}`).join('\n')}\n`;

  it('a class column 0–9 is regression by default, with a hint, and classes when asked', async () => {
    const plain = await imported('digits.csv', digits);
    expect(plain.dataset.task).toBe('regression');
    expect(line(plain, 'task:')).toBe(
      "task: regression of 'digit' — the target holds numbers; its 10 whole values (0 to 9) may be classes: choose classification to train a classifier",
    );
    const classes = await imported('digits.csv', digits, {
      task: 'classification',
      taskAskedBy: '--loss cross-entropy',
    });
    expect([classes.dataset.task, classes.dataset.outputs]).toEqual(['classification', 10]);
    expect(classes.dataset.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(line(classes, 'digit:')).toBe(
      '  digit: categorical target — numbers, read as class names; 10 classes',
    );
    expect(line(classes, 'task:')).toBe(
      "task: classification of 'digit' into 10 classes ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') — asked for by --loss cross-entropy",
    );
  });

  it('regression of a text target is refused, naming a cell', async () => {
    const error = await refused('kinds.csv', 'x,kind\n1,cat\n2,dog\n', { task: 'regression' });
    expect(error.message).toBe(
      "kinds.csv: column 'kind': the target holds text (row 2: 'cat'), so it cannot be predicted as a number; choose classification",
    );
  });
});
