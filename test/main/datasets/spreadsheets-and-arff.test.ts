// Excel workbooks (made here with exceljs) and Weka ARFF files, as Weka and Orange users bring.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src-main/datasets';
import { withTempDir, writeTemp } from './fixtures';

const xs = (a: ArrayLike<number>) => Array.from(a);

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Notes').addRow(['measured in May']);
  const data = book.addWorksheet('Plants');
  data.addRow(['height', 'colour', 'kind']);
  data.addRow([1.5, 'red', 'a']);
  data.addRow([2.5, { richText: [{ text: 'bl' }, { text: 'ue' }] }, 'b']);
  data.addRow([{ formula: '1+2', result: 3 }, 'red', 'a']);
  data.addRow([{ error: '#N/A' }, 'blue', 'b']);
  data.addRow(['4,5', 'red', 'b']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('Excel workbooks (.xlsx)', () => {
  it('reads the first sheet unless another is chosen, by name or position', async () => {
    await withTempDir(async (dir) => {
      const file = await writeTemp(dir, 'plants.xlsx', await workbook());
      const first = importDataset(file);
      await expect(first).rejects.toMatchObject({ code: 'header-only' });
      for (const sheet of ['Plants', '2']) {
        const r = await importDataset(file, { sheet });
        expect(r.source).toMatchObject({
          format: 'xlsx',
          sheet: 'Plants',
          sheets: ['Notes', 'Plants'],
        });
        // #N/A is a missing value; a formula gives its result; rich text its text
        expect([r.rows, r.dataset.m, r.droppedRows]).toEqual([5, 4, 1]);
        expect(r.dataset.featureNames).toEqual(['height', 'colour=blue', 'colour=red']);
        expect(xs(r.dataset.x).filter((_, i) => i % 3 === 0)).toEqual([1.5, 2.5, 3, 4.5]);
        expect(r.report.lines.slice(0, 2)).toEqual([
          "plants.xlsx: read 5 rows, 3 columns (Excel workbook, sheet 'Plants')",
          "  note: the workbook has 2 sheets: 'Notes', 'Plants'",
        ]);
        expect(r.report.lines).toContain(
          "  height: numeric input — all 4 values are numbers; 1 missing (1 '#N/A'); 1 with the other decimal mark read as decimals: row 6 '4,5'",
        );
      }
      await expect(importDataset(file, { sheet: 'Roots' })).rejects.toMatchObject({
        code: 'bad-xlsx',
        message: "plants.xlsx has no sheet 'Roots'; its sheets are 'Notes', 'Plants'",
      });
    });
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    await withTempDir(async (dir) => {
      const file = await writeTemp(dir, 'fake.xlsx', 'a,b\n1,2\n');
      await expect(importDataset(file)).rejects.toMatchObject({
        code: 'bad-xlsx',
        message: expect.stringMatching(/^fake\.xlsx is not an Excel workbook that can be read/),
      });
    });
  });
});

const WEATHER = `% Weka's weather data, shortened
@relation weather
@attribute outlook {sunny, overcast, rainy}
@attribute temperature numeric
@attribute 'wind speed' real
@attribute windy {0, 1}
@attribute play {yes, no}

@data
sunny,85,?,0,no
overcast,83,3.5,1,yes
rainy,70,'4',0,yes
% a sparse instance: attributes left out are 0 (a nominal one's first value)
{1 68, 2 1.5, 4 no}
rainy,65,2,1,no
`;

describe('Weka ARFF files', () => {
  it('reads nominal attributes as categories (even {0, 1}), ? as missing, sparse lines', async () => {
    await withTempDir(async (dir) => {
      const r = await importDataset(await writeTemp(dir, 'weather.arff', WEATHER));
      expect(r.source).toMatchObject({ format: 'arff', relation: 'weather' });
      expect(r.columns.map((c) => [c.name, c.type])).toEqual([
        ['outlook', 'categorical'],
        ['temperature', 'numeric'],
        ['wind speed', 'numeric'],
        ['windy', 'categorical'],
        ['play', 'categorical'],
      ]);
      expect([r.rows, r.dataset.m]).toEqual([5, 4]);
      expect(r.dataset.featureNames).toEqual([
        'outlook=overcast',
        'outlook=rainy',
        'outlook=sunny',
        'temperature',
        'wind speed',
        'windy=0',
        'windy=1',
      ]);
      // the sparse row: outlook sunny (its first value), temperature 68, wind 1.5, windy 0
      expect(xs(r.dataset.x).slice(14, 21)).toEqual([0, 0, 1, 68, 1.5, 1, 0]);
      expect(r.dataset.classNames).toEqual(['no', 'yes']);
      expect(r.report.lines).toContain(
        '  windy: categorical input — nominal attribute; 2 categories → 2 inputs (one-hot)',
      );
      expect(r.report.lines.at(-1)).toBe(
        "task: classification of 'play' into 2 classes ('no', 'yes') — the target is a nominal attribute",
      );
    });
  });

  it('refuses a value its attribute does not declare, naming row and column', async () => {
    await withTempDir(async (dir) => {
      const file = await writeTemp(dir, 'bad.arff', WEATHER.replace('rainy,65', 'foggy,65'));
      await expect(importDataset(file)).rejects.toMatchObject({
        code: 'bad-arff',
        message:
          "bad.arff: row 15, column 'outlook': 'foggy' is not one of the values declared for it ('sunny', 'overcast', 'rainy')",
      });
      const noData = await writeTemp(dir, 'head.arff', '@relation r\n@attribute x numeric\n');
      await expect(importDataset(noData)).rejects.toMatchObject({
        message: 'head.arff has no @data section',
      });
    });
  });
});
