// The import report in the Data view: in English word for word the command line's lines, in
// Spanish every line said from the Spanish messages with its values filled in, numbers
// written the Spanish way; and every message the report has is said by some import here.
import { readdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { importDataset, type ImportOptions } from '../../../src-main/datasets';
import type { ImportReport } from '../../../src-main/contract/types';
import {
  FILL_DIGITS,
  PLAIN_NUMBERS,
  REPORT_ENGLISH,
} from '../../../src-main/contract/report-messages';
import { i18n } from '../../../src-renderer/i18n';
import { phraseText, reportLines } from '../../../src-renderer/data/report-text';
import { englishPhrase } from '../../../src-main/datasets/report-english';
import { fixture, FIXTURES, withTempDir, writeTemp } from '../../main/datasets/fixtures';

type Tree = { [key: string]: string | Tree };
type Said = ImportReport['said'][number]['say'];

afterEach(() => {
  i18n.global.locale.value = 'en';
});

const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leaves(value, `${prefix}${key}.`),
  );

/** Every message id a phrase uses, its values' phrases included. */
function idsOf(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => idsOf(v, into));
  else if (value && typeof value === 'object') {
    const { id } = value as Partial<Said>;
    if (typeof id === 'string') into.add(id);
    Object.values(value).forEach((v) => idsOf(v, into));
  }
  return into;
}

const rows = (n: number, row: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => row(i)).join('\n');

/** Imports that between them reach every message of the report. */
async function reports(): Promise<ImportReport[]> {
  const out: ImportReport[] = [];
  for (const file of (await readdir(FIXTURES)).sort()) {
    try {
      out.push((await importDataset(fixture(file))).report);
    } catch {
      // the corpus's refused files are the error tests' business
    }
  }
  await withTempDir(async (dir) => {
    const make = async (name: string, content: string | Buffer, options: ImportOptions = {}) =>
      out.push((await importDataset(await writeTemp(dir, name, content), options)).report);
    const gaps = `a,b,c,k\n${rows(40, (i) => `${i === 3 ? '' : i / 4},${i % 7 === 0 ? 'NA' : i * 1000},${i === 5 ? '' : ['x', 'y'][i % 2]},${i % 3}`)}\n`;
    for (const missing of ['mean', 'median', 'mode', 'drop'] as const) {
      await make(`gaps-${missing}.csv`, gaps, { missing });
    }
    await make('chosen.csv', gaps, {
      types: new Map([['a', 'categorical' as const]]),
      roles: new Map([['b', 'ignored' as const]]),
      task: 'classification',
      taskAskedBy: '--task classification',
    });
    await make('digits.csv', gaps, {
      task: 'regression',
      roles: new Map([['c', 'ignored' as const]]),
    });
    const odd = `x,y\n${rows(60, (i) => `${i === 9 ? 'oops' : i === 11 ? '1e-50' : i},${i / 2}`)}\n`;
    await make('odd.csv', odd, { types: new Map([['x', 'numeric' as const]]) });
    await make('mostly.csv', odd);
    const text = `x,y\n${rows(20, (i) => `${i < 3 ? `t${i}` : i},${i % 2}`)}\n`;
    await make('text-mostly.csv', text, { task: 'classification' });
    await make(
      'mixed.csv',
      `x;y\n${rows(30, (i) => `${i === 4 ? '1.234,5' : i === 6 ? '2.5' : `${i},5`};${i % 2 ? 'a' : 'b'}`)}\n`,
    );
    await make(
      'bom.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x\ty\n1\ta\n2\tb\n3\ta\n')]),
    );
    await make('no-header.csv', rows(6, (i) => `${i},${i % 2 ? 'a' : 'b'}`) + '\n', {
      missing: 'error',
    });
    await make('trailing.csv', `x,y,\n${rows(6, (i) => `${i},${i % 2 ? 'a' : 'b'},`)}\n`);
    await make('set.csv', gaps, { types: new Map([['k', 'categorical' as const]]) });
    await make(
      'sizes.arff',
      '@relation r\n@attribute size numeric\n@attribute ok {0, 1}\n@data\n1,0\n2,1\n3,0\n4,1\n',
    );
    const book = new ExcelJS.Workbook();
    for (const name of ['Plants', 'More']) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['height', 'kind']);
      for (let i = 0; i < 6; i++) sheet.addRow([i / 2, i % 2 ? 'tall' : 'short']);
    }
    await make('plants.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
  });
  return out;
}

describe('the import report in the reader’s language', async () => {
  const all = await reports();

  it('the renderer writes numbers by the same names as main', () => {
    i18n.global.locale.value = 'es';
    const fill = (v: number) =>
      phraseText({
        id: 'missing.filledColumn',
        values: { name: 'a', n: 12345, why: '', kind: 'mean', fill: v },
      });
    // the count grouped, the value from the data as the data has it: no grouping
    expect(fill(12345.678)).toBe('a: 12.345 () rellenadas con su mean, 12345,7');
    expect(fill(202401)).toContain(', 202401');
    expect(fill(0.25)).toContain('0,25');
    expect(FILL_DIGITS).toBe(6);
    const plain: Record<string, Said> = {
      fill: {
        id: 'missing.filledColumn',
        values: { name: 'a', n: 1, why: '', kind: '', fill: 12345 },
      },
      row: { id: 'column.cell', values: { row: 12345, value: 'x' } },
      offset: { id: 'notes.notUtf8At', values: { byte: 'E9', offset: 12345 } },
      from: { id: 'task.hint', values: { n: 2, from: 12345, to: 0 } },
      to: { id: 'task.hint', values: { n: 2, from: 0, to: 12345 } },
    };
    for (const name of PLAIN_NUMBERS) {
      expect(Object.keys(plain), `a phrase naming ${name}`).toContain(name);
      expect(phraseText(plain[name]), name).toContain('12345');
    }
  });

  it('a value from the data is written alike on the command line and in the English view', () => {
    for (const fill of [12345.678, 20240101, -0.000123456, 1.5e-9, 1e25]) {
      const say: Said = {
        id: 'missing.filledColumn',
        values: { name: 'a', n: 12345, why: 'x', kind: 'mean', fill },
      };
      expect(phraseText(say), String(fill)).toBe(englishPhrase(say));
    }
    const say = (fill: number) =>
      englishPhrase({
        id: 'missing.filledColumn',
        values: { name: 'a', n: 12345, why: 'x', kind: 'mean', fill },
      });
    expect(say(12345.678)).toBe('a: 12,345 (x) filled with its mean 12345.7');
    expect(say(1.5e-9)).toBe('a: 12,345 (x) filled with its mean 1.5E-9');
  });

  it('every message of the report is said by some import here', () => {
    const used = new Set<string>();
    for (const report of all) idsOf(report.said, used);
    // said on their own: the end of a file that is not UTF-8 takes a file larger than a
    // chunk, and a target that is text yet reads as numbers cannot be inferred today
    for (const id of ['notes.notUtf8End', 'column.readAsNumbers']) {
      expect(phraseText({ id }), id).toMatch(/\w/);
      used.add(id);
    }
    expect(leaves(REPORT_ENGLISH).filter((id) => !used.has(id))).toEqual([]);
  });

  it('in English, the view’s lines are the command line’s', () => {
    for (const report of all) {
      expect(
        reportLines(report).map((l) => l.text),
        report.file,
      ).toEqual(report.lines.map((l) => l.trim()));
    }
  });

  it('in Spanish, every line is said from the Spanish messages, its values filled in', () => {
    i18n.global.locale.value = 'es';
    for (const report of all) {
      report.said.forEach((line, i) => {
        const text = phraseText(line.say);
        expect(text, report.lines[i]).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
        if (line.say.id !== 'columnsHeading')
          expect(text, report.lines[i]).not.toBe(report.lines[i].trim());
      });
    }
  });

  it('numbers in Spanish: counts grouped with points, decimals with a comma', async () => {
    i18n.global.locale.value = 'es';
    const gaps = all.find((r) => r.file === 'gaps-mean.csv')!;
    const lines = reportLines(gaps).map((l) => l.text);
    expect(lines[0]).toBe(
      "gaps-mean.csv: leídas 40 filas y 4 columnas (CSV, UTF-8, separador ',', punto decimal (3.14), fila de cabecera)",
    );
    expect(lines.find((l) => l.startsWith('a:'))).toContain('todos sus valores son números (39)');
    const missing = lines.find((l) => l.startsWith('valores que faltan'))!;
    // a: the mean of i/4 for i = 0…39 but 3 is 777/4/39; b: of 1000·i but every 7th, 675000/34
    expect(missing).toBe(
      "valores que faltan (política «media»): 8 celdas rellenadas — a: 1 (vacías: 1) rellenadas con su media, 4,98077; b: 6 ('NA': 6) rellenadas con su media, 19852,9; c: 1 (vacías: 1) rellenadas con su valor más frecuente, 'x'; se conservan 40 filas",
    );
  });

  it('a line with an id this version does not know shows main’s English line', () => {
    i18n.global.locale.value = 'es';
    const shown = reportLines({
      said: [{ say: { id: 'future.kind', values: { n: 3 } }, indent: true }],
      lines: ['  3 things from a later version'],
    });
    expect(shown).toEqual([
      { text: '3 things from a later version', indented: true, heading: false },
    ]);
  });
});
