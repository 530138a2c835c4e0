/**
 * Generated CSV, TSV and JSON files, imported with a random missing-value policy: quoted cells
 * with delimiters and line breaks, missing tokens (empty, NA, ?, null), text in numeric
 * columns, odd widths. Each import either refuses the file with a DatasetImportError or gives
 * a dataset whose every change to the data is in its report: no row lost without a count, a
 * number that arrives as another number only where the report says its column was filled.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetImportError, importDataset, type ImportedDataset } from '../../src-main/datasets';
import { Tally, type FamilyResult } from './family';
import { SeededRandom } from './seeded-random';

const HANG_MS = 10_000;
const MISSING = ['', 'NA', '?', 'null', 'N/A'];
const WORDS = ['red', 'green', 'blue', 'a,b', 'say "hi"', 'two\nlines', 'é€', ' spaced '];
const POLICIES = ['drop', 'mean', 'median', 'mode'] as const;

/** A cell as generated: the number it stands for, or null when it holds no number. */
interface Cell {
  text: string;
  value: number | null;
}

interface Generated {
  names: string[];
  /** per column: numeric or text */
  numeric: boolean[];
  rows: Cell[][];
}

function numberCell(random: SeededRandom): Cell {
  const roll = random.next();
  if (roll < 0.08) return { text: random.pick(MISSING), value: null };
  if (roll < 0.1) return { text: random.pick(['abc', 'x1', '--', '1.2.3']), value: null };
  const value = random.chance(0.5) ? random.int(-1000, 1000) : random.int(-99999, 99999) / 100;
  return { text: String(value), value };
}

function textCell(random: SeededRandom): Cell {
  return random.chance(0.05)
    ? { text: random.pick(MISSING), value: null }
    : { text: random.pick(WORDS), value: null };
}

function generate(random: SeededRandom): Generated {
  const width = random.int(2, 6);
  const numeric = Array.from({ length: width }, (_, c) =>
    c === width - 1 ? random.chance(0.5) : random.chance(0.85),
  );
  const names = Array.from({ length: width }, (_, c) => `c${c}${random.chance(0.1) ? ' "q"' : ''}`);
  const rows = Array.from({ length: random.int(1, 40) }, () =>
    numeric.map((n) => (n ? numberCell(random) : textCell(random))),
  );
  return { names, numeric, rows };
}

function quoted(text: string, delimiter: string): string {
  return /["\n\r]/.test(text) || text.includes(delimiter) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** The file's text and name. */
function write(table: Generated, random: SeededRandom): { name: string; text: string } {
  const kind = random.pick(['csv', 'csv', 'semicolon', 'tsv', 'json'] as const);
  if (kind === 'json') {
    const records = table.rows.map((row) =>
      Object.fromEntries(
        row.map((cell, c) => [
          table.names[c],
          cell.value ?? (MISSING.includes(cell.text) ? null : cell.text),
        ]),
      ),
    );
    return { name: 'data.json', text: JSON.stringify(records) };
  }
  const delimiter = kind === 'tsv' ? '\t' : kind === 'semicolon' ? ';' : ',';
  const line = (cells: string[]) => cells.map((t) => quoted(t, delimiter)).join(delimiter);
  const eol = random.chance(0.2) ? '\r\n' : '\n';
  const text = [line(table.names), ...table.rows.map((r) => line(r.map((c) => c.text)))].join(eol);
  return {
    name: kind === 'tsv' ? 'data.tsv' : 'data.csv',
    text: random.chance(0.5) ? text + eol : text,
  };
}

/** Numbers compared with their source, over a whole run (shows the check is not vacuous). */
let compared = 0;

/** What is wrong with an import's result against the generated table, or undefined. */
function unreported(
  table: Generated,
  imported: ImportedDataset,
): { problem?: string; lost?: boolean } {
  const { report, dataset } = imported;
  const rows = table.rows.length;
  if (report.rowsRead !== rows)
    return { problem: `read ${report.rowsRead} of ${rows} rows`, lost: true };
  if (report.rowsKept + report.rowsDropped !== rows || dataset.m !== report.rowsKept) {
    return {
      problem: `kept ${report.rowsKept} + dropped ${report.rowsDropped} ≠ ${rows}`,
      lost: true,
    };
  }
  if (report.rowsDropped > 0 && !report.lines.some((l) => /dropped/.test(l))) {
    return { problem: 'rows dropped without a word', lost: true };
  }
  // each numeric input's cells that are not numbers are reported as missing or odd
  let feature = 0;
  const inputs = dataset.x.length / Math.max(1, dataset.m);
  for (const encoding of imported.encodings) {
    const c = table.names.indexOf(encoding.column);
    if (encoding.kind === 'one-hot') {
      feature += encoding.features.length;
      continue;
    }
    if (encoding.kind !== 'numeric') continue;
    const column = report.columns.find((r) => r.name === encoding.column)!;
    const said = column.missing.reduce((n, m) => n + m.cells, 0) + column.odd.count;
    const nonNumbers = table.rows.filter((r) => r[c].value === null).length;
    if (said !== nonNumbers) {
      return {
        problem: `${encoding.column}: ${nonNumbers} cells without a number, ${said} reported`,
        lost: true,
      };
    }
    if (report.rowsDropped === 0) {
      for (let r = 0; r < rows; r++) {
        const source = table.rows[r][c].value;
        const got = dataset.x[r * inputs + feature];
        if (source === null) continue;
        compared++;
        if (got !== Math.fround(source)) {
          return {
            problem: `${encoding.column} row ${r + 1}: ${source} became ${got}`,
            lost: true,
          };
        }
      }
    }
    feature++;
  }
  return {};
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${HANG_MS / 1000} s`)), HANG_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Imports `count` generated files. */
export async function attackImports(count: number, seed: number): Promise<FamilyResult> {
  const tally = new Tally('imported files');
  const random = new SeededRandom(seed);
  const dir = mkdtempSync(join(tmpdir(), 'neuron-lab-imports-'));
  let refused = 0;
  compared = 0;
  try {
    for (let i = 0; i < count; i++) {
      const table = generate(random);
      const { name, text } = write(table, random);
      const file = join(dir, name);
      writeFileSync(file, text);
      const roles = new Map(
        table.names.map((n, c) => [n, c === table.names.length - 1 ? 'target' : 'input'] as const),
      );
      const policy = random.pick(POLICIES);
      let outcome: { problem?: string; lost?: boolean };
      try {
        const imported = await withTimeout(importDataset(file, { roles, missing: policy }));
        outcome = unreported(table, imported);
      } catch (error) {
        if (error instanceof DatasetImportError) {
          refused++;
          outcome = error.message.startsWith(name)
            ? {}
            : { problem: `a message without the file: ${error.message}` };
        } else
          outcome = {
            problem: `threw ${error instanceof Error ? error.stack?.split('\n').slice(0, 3).join(' ') : String(error)}`,
          };
      }
      tally.check(
        outcome.problem && `${name} ${policy} (seed ${seed}, case ${i}): ${outcome.problem}`,
        {
          lost: outcome.lost,
        },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  tally.notes.push(
    `${refused} refused with a message naming the file (not a failure); ${compared} numbers compared with their source`,
  );
  return tally.result();
}
