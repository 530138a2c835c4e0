import type { ColumnRole, ResolvedColumn } from './column-choice';
import type { CellExample, CellTally } from './column-data';
import type { ColumnType } from './column-stats';
import { quote } from './import-error';
import { phrase, type Phrase, type PhraseList } from './report-phrase';

/** What an import did to one column. */
export interface ColumnReport {
  name: string;
  role: ColumnRole;
  type: ColumnType;
  /** cells without a value, by token as written ('' for empty) */
  missing: { token: string; cells: number }[];
  /** a numeric column's cells that are not numbers (treated as missing), first ones listed */
  odd: { count: number; examples: CellExample[] };
}

/**
 * The report of one column: its role and type, why that type, and what its cells held; `say`
 * is its line of the report, as message id and values.
 */
export function columnReport(
  column: ResolvedColumn,
  categories?: readonly string[],
): { report: ColumnReport; say: Phrase } {
  const { data, role, type } = column;
  const missing = [...data.missingTokens].map(([token, cells]) => ({ token, cells }));
  const numeric = type === 'numeric';
  const odd = numeric
    ? { count: data.text.count, examples: data.text.examples }
    : { count: 0, examples: [] };
  const base = { name: data.name, role, type, missing, odd };
  const typeWord = phrase(`column.type.${type}`);
  if (role === 'ignored') {
    return { report: base, say: phrase('column.ignored', { name: data.name, type: typeWord }) };
  }
  const facts: Phrase[] = [whyType(column)];
  if (numeric && data.text.count > 0) {
    facts.push(tally('column.notANumber', data.text));
  }
  if (data.missing > 0) {
    facts.push(phrase('column.missing', { n: data.missing, tokens: tokenList(missing) }));
  }
  if (numeric) {
    if (data.grouped.count > 0) facts.push(tally('column.grouped', data.grouped));
    if (data.otherDecimal.count > 0) facts.push(tally('column.otherDecimal', data.otherDecimal));
    if (data.tooSmall.count > 0) facts.push(tally('column.tooSmall', data.tooSmall));
  } else if (categories) {
    facts.push(
      phrase(role === 'target' ? 'column.classes' : 'column.categories', {
        n: categories.length,
      }),
    );
  }
  const kind = phrase(`column.kind.${type}${role === 'target' ? 'Target' : 'Input'}`);
  return {
    report: base,
    say: phrase('column.used', { name: data.name, kind, facts: { items: facts, join: '; ' } }),
  };
}

function whyType({ data, type, typeSource }: ResolvedColumn): Phrase {
  if (typeSource === 'chosen')
    return phrase('column.asChosen', { type: phrase(`column.type.${type}`) });
  if (typeSource === 'task') {
    return phrase(type === 'categorical' ? 'column.classNames' : 'column.readAsNumbers');
  }
  if (typeSource === 'declared') {
    return phrase(type === 'numeric' ? 'column.numericAttribute' : 'column.nominalAttribute');
  }
  const values = data.length - data.missing;
  const numbers = data.numberCells;
  const counted = phrase('count.values', { count: values });
  if (type === 'numeric') {
    return numbers === values
      ? phrase('column.allNumbers', { n: values })
      : phrase('column.mostlyNumbers', { n: numbers, values: counted });
  }
  const first = data.firstText;
  const example = first
    ? phrase('column.example', { row: first.row, value: quote(first.value) })
    : '';
  return numbers > 0
    ? phrase('column.someText', { count: data.text.count, values: counted, example })
    : phrase('column.text', { example });
}

/** `3 with …: row 4 'x', row 9 'y', …`: a count of cells and the first of them. */
function tally(id: string, cells: CellTally): Phrase {
  const shown = cells.examples.slice(0, 3);
  const examples: PhraseList = {
    items: shown.map((e) => phrase('column.cell', { row: e.row, value: quote(e.value) })),
    join: ', ',
    more: cells.count > shown.length,
  };
  return phrase(id, { n: cells.count, examples });
}

/** `2 empty, 1 'NA'`: the missing cells by the token written in them. */
export function tokenList(missing: ColumnReport['missing']): PhraseList {
  return {
    items: missing.map((m) =>
      phrase('column.token', {
        n: m.cells,
        token: m.token === '' ? phrase('column.empty') : `'${m.token}'`,
      }),
    ),
    join: ', ',
  };
}
