import type { ResolvedColumn } from './column-choice';
import { quote } from './import-error';
import type { MissingPlan, MissingPolicy } from './missing-values';
import { columnReport, tokenList, type ColumnReport } from './report-columns';
import { englishLines } from './report-english';
import { phrase, type Phrase, type PhraseValue, type ReportLine } from './report-phrase';
import type { Table, TableSource } from './table';
import type { SettledTask } from './target-task';

export type { ColumnReport };

/**
 * What an import did to the data, in the same words wherever a person looks: the command
 * line prints `lines`, the Data view says `said` in the reader's language before the import
 * is confirmed (in English, `lines` word for word).
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
  /** the task and its target (why it is that task: the report's last line) */
  task: Omit<SettledTask, 'why'> & { target: string; classes?: string[] };
  columns: ColumnReport[];
  /** every line of the report, in order, as message ids and values (see report-phrase.ts) */
  said: ReportLine[];
  /** the same lines in English */
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
  hint?: Phrase;
}

/** Writes the report of an import. */
export function importReport(input: ReportInput): ImportReport {
  const { table, columns, plan, policy, task } = input;
  const target = columns.find((c) => c.role === 'target')!;
  const columnLines = columns.map((c) => columnReport(c, input.categories.get(c.index)));
  const columnReports = columnLines.map((c) => c.report);
  const classes = task.task === 'classification' ? input.categories.get(target.index) : undefined;
  const cellsMissing = plan.gaps.reduce((n, g) => n + g.cells, 0);
  const said: ReportLine[] = [
    { say: readingLine(table) },
    ...readingNotes(table.source).map((text) => ({ say: phrase('note', { text }), indent: true })),
    { say: phrase('columnsHeading') },
    ...columnLines.map((c) => ({ say: c.say, indent: true })),
    { say: missingLine(input, columnReports) },
    { say: taskLine(target.data.name, task, classes, input.hint) },
  ];
  const lines = englishLines(said);
  return {
    file: table.source.fileName,
    rowsRead: table.rows,
    rowsKept: plan.rows.length,
    rowsDropped: plan.droppedRows,
    cellsMissing,
    cellsFilled: plan.filledCells,
    policy,
    task: {
      task: task.task,
      target: target.data.name,
      ...(classes ? { classes: [...classes] } : {}),
    },
    columns: columnReports,
    said,
    lines,
  };
}

const DELIMITERS = { ',': 'source.comma', ';': 'source.semicolon', '\t': 'source.tab' };

function readingLine({ source, rows, columns }: Table): Phrase {
  const parts: Phrase[] = [phrase(`format.${source.format}`)];
  if (source.sheet !== undefined) parts.push(phrase('source.sheet', { name: quote(source.sheet) }));
  if (source.relation !== undefined) {
    parts.push(phrase('source.relation', { name: quote(source.relation) }));
  }
  if (source.encoding) {
    const name = { name: source.encoding };
    parts.push(phrase(source.bom ? 'source.encodingBom' : 'source.encoding', name));
  }
  if (source.delimiter) parts.push(phrase(DELIMITERS[source.delimiter]));
  if (source.format === 'csv') {
    const decimal = phrase(source.decimalComma ? 'source.decimalComma' : 'source.decimalPoint');
    const mark = source.thousands;
    parts.push(
      mark
        ? phrase('source.thousands', { decimal, mark, example: mark === '.' ? '1.234' : '1,234' })
        : decimal,
    );
    parts.push(phrase(source.hasHeader ? 'source.header' : 'source.noHeader'));
  }
  return phrase('read', {
    file: source.fileName,
    rows: phrase('count.rows', { count: rows }),
    columns: phrase('count.columns', { count: columns.length }),
    parts: { items: parts, join: ', ' },
  });
}

function readingNotes(source: TableSource): Phrase[] {
  const notes: Phrase[] = [];
  if (source.encodingNote) notes.push(source.encodingNote);
  if (source.trailingDelimiter) notes.push(phrase('notes.trailingDelimiter'));
  if (source.sheets && source.sheets.length > 1) {
    const names = { items: source.sheets.map(quote), join: ', ' } as const;
    notes.push(phrase('notes.sheets', { n: source.sheets.length, names }));
  }
  return notes;
}

function missingLine(input: ReportInput, reports: ColumnReport[]): Phrase {
  const { plan, policy, table, columns } = input;
  const name = (index: number) => columns.find((c) => c.index === index)!.data.name;
  const why = (index: number): PhraseValue => {
    const report = reports.find((r) => r.name === name(index))!;
    const parts: PhraseValue[] = report.missing.length > 0 ? [tokenList(report.missing)] : [];
    if (report.odd.count > 0) parts.push(phrase('missing.notANumber', { n: report.odd.count }));
    return { items: parts, join: ', ' };
  };
  const rows = (count: number) => phrase('count.rows', { count });
  const head = { policy: phrase(`missing.policy.${policy}`) };
  if (plan.gaps.length === 0) return phrase('missing.none', { ...head, rows: rows(table.rows) });
  const parts: Phrase[] = [];
  const filled = plan.gaps.filter((g) => g.fill !== undefined);
  const dropping = plan.gaps.filter((g) => g.fill === undefined);
  if (plan.droppedRows > 0 || dropping.length > 0) {
    const byColumn = dropping.map((g) =>
      phrase('missing.droppedColumn', { name: name(g.index), n: g.cells, why: why(g.index) }),
    );
    parts.push(
      phrase('missing.dropped', {
        n: plan.droppedRows,
        rows: rows(table.rows),
        columns: { items: byColumn, join: '; ' },
      }),
    );
  }
  if (filled.length > 0) {
    const byColumn = filled.map((g) => {
      const numeric = typeof g.fill === 'number';
      return phrase('missing.filledColumn', {
        name: name(g.index),
        n: g.cells,
        why: why(g.index),
        kind: phrase(`missing.fill.${numeric ? policy : 'mode'}`),
        fill: numeric ? (g.fill as number) : quote(String(g.fill)),
      });
    });
    parts.push(
      phrase('missing.filled', {
        cells: phrase('count.cells', { count: plan.filledCells }),
        columns: { items: byColumn, join: '; ' },
      }),
    );
  }
  return phrase('missing.some', {
    ...head,
    parts: { items: parts, join: '; ' },
    rows: rows(plan.rows.length),
  });
}

function taskLine(
  target: string,
  task: SettledTask,
  classes: readonly string[] | undefined,
  hint: Phrase | undefined,
): Phrase {
  const named = { target: quote(target), why: task.why };
  if (task.task === 'regression') {
    return hint
      ? phrase('task.regressionHint', { ...named, hint })
      : phrase('task.regression', named);
  }
  const shown = (classes ?? []).slice(0, 10).map((c) => quote(c));
  return phrase('task.classification', {
    ...named,
    n: classes?.length ?? 0,
    classes: { items: shown, join: ', ', more: (classes?.length ?? 0) > shown.length },
  });
}
