import { describeToken } from './cell-value';
import type { ColumnRole, ResolvedColumn } from './column-choice';
import type { CellExample, CellTally } from './column-data';
import type { ColumnType } from './column-stats';
import { quote } from './import-error';
import { formatCount } from './import-limits';
import type { MissingPlan, MissingPolicy } from './missing-values';
import { describeNumberFormat } from './number-format';
import type { Table, TableSource } from './table';
import type { SettledTask } from './target-task';

/** What an import did to one column. */
export interface ColumnReport {
  name: string;
  role: ColumnRole;
  type: ColumnType;
  /** cells without a value, by token as written ('' for empty) */
  missing: { token: string; cells: number }[];
  /** a numeric column's cells that are not numbers (treated as missing), first ones listed */
  odd: { count: number; examples: CellExample[] };
  /** the report's sentence about it, as the command line prints it */
  line: string;
}

/**
 * What an import did to the data, in the same words wherever a person looks: the command
 * line prints `lines`, the Data view shows them before the import is confirmed.
 */
export interface ImportReport {
  file: string;
  rowsRead: number;
  rowsKept: number;
  rowsDropped: number;
  /** cells of used columns with no value (dropped with their rows, or filled) */
  cellsMissing: number;
  cellsFilled: number;
  policy: MissingPolicy;
  task: SettledTask & { target: string; classes?: string[] };
  columns: ColumnReport[];
  /** every sentence of the report, in order */
  lines: string[];
}

/** What the report is made from (everything is settled when it is written). */
export interface ReportInput {
  table: Table;
  columns: readonly ResolvedColumn[];
  plan: MissingPlan;
  policy: MissingPolicy;
  task: SettledTask;
  /** categories of each used categorical column, by column index (classes for the target) */
  categories: ReadonlyMap<number, readonly string[]>;
  /** a hint for a numeric target that may be classes */
  hint?: string;
}

/** Writes the report of an import. */
export function importReport(input: ReportInput): ImportReport {
  const { table, columns, plan, policy, task } = input;
  const target = columns.find((c) => c.role === 'target')!;
  const columnReports = columns.map((c) => columnReport(c, input.categories.get(c.index)));
  const classes = task.task === 'classification' ? input.categories.get(target.index) : undefined;
  const cellsMissing = plan.gaps.reduce((n, g) => n + g.cells, 0);
  const lines = [
    readingLine(table),
    ...readingNotes(table.source).map((note) => `  note: ${note}`),
    'columns:',
    ...columnReports.map((c) => `  ${c.line}`),
    missingLine(input, columnReports),
    taskLine(target.data.name, task, classes, input.hint),
  ];
  return {
    file: table.source.fileName,
    rowsRead: table.rows,
    rowsKept: plan.rows.length,
    rowsDropped: plan.droppedRows,
    cellsMissing,
    cellsFilled: plan.filledCells,
    policy,
    task: { ...task, target: target.data.name, ...(classes ? { classes: [...classes] } : {}) },
    columns: columnReports,
    lines,
  };
}

const FORMATS = { csv: 'CSV', json: 'JSON', xlsx: 'Excel workbook', arff: 'Weka ARFF' };
const DELIMITERS = { ',': "delimiter ','", ';': "delimiter ';'", '\t': 'delimiter tab' };

function readingLine({ source, rows, columns }: Table): string {
  const parts: string[] = [FORMATS[source.format]];
  if (source.sheet !== undefined) parts.push(`sheet ${quote(source.sheet)}`);
  if (source.relation !== undefined) parts.push(`relation ${quote(source.relation)}`);
  if (source.encoding) parts.push(source.encoding);
  if (source.delimiter) parts.push(DELIMITERS[source.delimiter]);
  if (source.format === 'csv') {
    parts.push(
      describeNumberFormat({
        decimal: source.decimalComma ? ',' : '.',
        thousands: source.thousands ?? null,
      }),
    );
    parts.push(source.hasHeader ? 'header row' : 'no header row');
  }
  return `${source.fileName}: read ${count(rows, 'row')}, ${count(columns.length, 'column')} (${parts.join(', ')})`;
}

function readingNotes(source: TableSource): string[] {
  const notes: string[] = [];
  if (source.encodingNote) notes.push(source.encodingNote);
  if (source.trailingDelimiter) {
    notes.push('every line ends with a delimiter; the empty column after it is left out');
  }
  if (source.sheets && source.sheets.length > 1) {
    notes.push(
      `the workbook has ${source.sheets.length} sheets: ${source.sheets.map(quote).join(', ')}`,
    );
  }
  return notes;
}

function columnReport(column: ResolvedColumn, categories?: readonly string[]): ColumnReport {
  const { data, role, type } = column;
  const missing = [...data.missingTokens].map(([token, cells]) => ({ token, cells }));
  const numeric = type === 'numeric';
  const odd = numeric
    ? { count: data.text.count, examples: data.text.examples }
    : { count: 0, examples: [] };
  const head = `${data.name}: ${role === 'ignored' ? 'ignored' : `${type} ${role}`}`;
  if (role === 'ignored') {
    return { name: data.name, role, type, missing, odd, line: `${head} (${type})` };
  }
  const facts = [whyType(column)];
  if (numeric && data.text.count > 0) {
    facts.push(
      `${formatCount(data.text.count)} not a number, treated as missing: ${examples(data.text)}`,
    );
  }
  if (data.missing > 0) facts.push(`${formatCount(data.missing)} missing (${tokens(missing)})`);
  if (numeric) {
    if (data.grouped.count > 0) {
      facts.push(
        `${formatCount(data.grouped.count)} with thousands separators read as numbers: ${examples(data.grouped)}`,
      );
    }
    if (data.otherDecimal.count > 0) {
      facts.push(
        `${formatCount(data.otherDecimal.count)} with the other decimal mark read as decimals: ${examples(data.otherDecimal)}`,
      );
    }
    if (data.tooSmall.count > 0) {
      facts.push(
        `${formatCount(data.tooSmall.count)} too small for 32-bit floats, read as 0: ${examples(data.tooSmall)}`,
      );
    }
  } else if (categories) {
    facts.push(
      role === 'target'
        ? `${categories.length} classes`
        : `${categories.length} categories → ${categories.length} inputs (one-hot)`,
    );
  }
  return { name: data.name, role, type, missing, odd, line: `${head} — ${facts.join('; ')}` };
}

function whyType({ data, type, typeSource }: ResolvedColumn): string {
  if (typeSource === 'chosen') return `${type} as chosen`;
  if (typeSource === 'task') {
    return type === 'categorical' ? 'numbers, read as class names' : 'read as numbers';
  }
  if (typeSource === 'declared')
    return type === 'numeric' ? 'numeric attribute' : 'nominal attribute';
  const values = data.length - data.missing;
  const numbers = data.numberCells;
  if (type === 'numeric') {
    return numbers === values
      ? `all ${formatCount(values)} values are numbers`
      : `${formatCount(numbers)} of ${count(values, 'value')} are numbers (at least 95%)`;
  }
  const first = data.firstText;
  const example = first ? `, e.g. row ${first.row} ${quote(first.value)}` : '';
  return numbers > 0
    ? `${formatCount(data.text.count)} of ${count(values, 'value')} ${data.text.count === 1 ? 'is' : 'are'} text${example} (numbers in under 95%)`
    : `text${example}`;
}

/** `1 row`, `2,000 rows`. */
function count(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function examples(tally: CellTally): string {
  const shown = tally.examples.slice(0, 3).map((e) => `row ${e.row} ${quote(e.value)}`);
  return shown.join(', ') + (tally.count > shown.length ? ', …' : '');
}

function tokens(missing: ColumnReport['missing']): string {
  return missing.map((m) => `${formatCount(m.cells)} ${describeToken(m.token)}`).join(', ');
}

function missingLine(input: ReportInput, reports: ColumnReport[]): string {
  const { plan, policy, table, columns } = input;
  const name = (index: number) => columns.find((c) => c.index === index)!.data.name;
  const why = (index: number) => {
    const report = reports.find((r) => r.name === name(index))!;
    const parts = report.missing.length > 0 ? [tokens(report.missing)] : [];
    if (report.odd.count > 0) parts.push(`${formatCount(report.odd.count)} not a number`);
    return parts.join(', ');
  };
  const head = `missing values (policy ${policy})`;
  if (plan.gaps.length === 0)
    return `${head}: none in the used columns; all ${count(table.rows, 'row')} kept`;
  const parts: string[] = [];
  const filled = plan.gaps.filter((g) => g.fill !== undefined);
  const dropping = plan.gaps.filter((g) => g.fill === undefined);
  if (plan.droppedRows > 0 || dropping.length > 0) {
    const byColumn = dropping.map(
      (g) => `${name(g.index)}: ${formatCount(g.cells)} (${why(g.index)})`,
    );
    parts.push(
      `${formatCount(plan.droppedRows)} of ${count(table.rows, 'row')} dropped — ${byColumn.join('; ')}`,
    );
  }
  if (filled.length > 0) {
    const how = policy === 'mean' ? 'mean' : policy === 'median' ? 'median' : 'most frequent value';
    const byColumn = filled.map((g) => {
      const value = typeof g.fill === 'number' ? formatFill(g.fill) : quote(String(g.fill));
      const kind = typeof g.fill === 'number' ? how : 'most frequent value';
      return `${name(g.index)}: ${formatCount(g.cells)} (${why(g.index)}) filled with its ${kind} ${value}`;
    });
    parts.push(`${count(plan.filledCells, 'cell')} filled — ${byColumn.join('; ')}`);
  }
  return `${head}: ${parts.join('; ')}; ${count(plan.rows.length, 'row')} kept`;
}

function formatFill(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function taskLine(
  target: string,
  task: SettledTask,
  classes: readonly string[] | undefined,
  hint: string | undefined,
): string {
  if (task.task === 'regression') {
    return `task: regression of ${quote(target)} — ${task.why}${hint ? `; ${hint}` : ''}`;
  }
  const shown = (classes ?? []).slice(0, 10).map((c) => quote(c));
  const list = shown.join(', ') + ((classes?.length ?? 0) > shown.length ? ', …' : '');
  return `task: classification of ${quote(target)} into ${classes?.length ?? 0} classes (${list}) — ${task.why}`;
}
