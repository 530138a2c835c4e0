/**
 * The import report in English, as the command line prints it. The Data view says the same
 * messages from its own copy (src-renderer/i18n/messages/en/data-import.ts `report`), which a
 * test holds equal to this one, so the two places cannot drift apart.
 */
import {
  FILL_DIGITS,
  PLAIN_NUMBERS,
  isPhrase,
  pluralForm,
  type Phrase,
  type PhraseValue,
  type ReportLine,
} from './report-phrase';

/** Every message of the report, by id (the vue-i18n syntax: `{name}`, `a | b | c` forms). */
export const REPORT_ENGLISH = {
  read: '{file}: read {rows}, {columns} ({parts})',
  count: {
    rows: '{count} rows | {count} row | {count} rows',
    columns: '{count} columns | {count} column | {count} columns',
    values: '{count} values | {count} value | {count} values',
    cells: '{count} cells | {count} cell | {count} cells',
  },
  format: { csv: 'CSV', json: 'JSON', xlsx: 'Excel workbook', arff: 'Weka ARFF' },
  source: {
    sheet: 'sheet {name}',
    relation: 'relation {name}',
    encoding: '{name}',
    encodingBom: '{name} with BOM',
    comma: "delimiter ','",
    semicolon: "delimiter ';'",
    tab: 'delimiter tab',
    decimalPoint: 'decimal point (3.14)',
    decimalComma: 'decimal comma (3,14)',
    thousands: "{decimal}, '{mark}' between thousands ({example})",
    header: 'header row',
    noHeader: 'no header row',
  },
  note: 'note: {text}',
  notes: {
    notUtf8At: 'not UTF-8 (byte 0x{byte} at offset {offset}), so read as Windows-1252',
    notUtf8End: 'not UTF-8 (its last bytes), so read as Windows-1252',
    trailingDelimiter: 'every line ends with a delimiter; the empty column after it is left out',
    sheets: 'the workbook has {n} sheets: {names}',
  },
  columnsHeading: 'columns:',
  column: {
    ignored: '{name}: ignored ({type})',
    used: '{name}: {kind} — {facts}',
    type: { numeric: 'numeric', categorical: 'categorical' },
    kind: {
      numericInput: 'numeric input',
      numericTarget: 'numeric target',
      categoricalInput: 'categorical input',
      categoricalTarget: 'categorical target',
    },
    asChosen: '{type} as chosen',
    classNames: 'numbers, read as class names',
    readAsNumbers: 'read as numbers',
    numericAttribute: 'numeric attribute',
    nominalAttribute: 'nominal attribute',
    allNumbers: 'all {n} values are numbers',
    mostlyNumbers: '{n} of {values} are numbers (at least 95%)',
    someText:
      '{count} of {values} are text{example} (numbers in under 95%) | {count} of {values} is text{example} (numbers in under 95%) | {count} of {values} are text{example} (numbers in under 95%)',
    text: 'text{example}',
    example: ', e.g. row {row} {value}',
    notANumber: '{n} not a number, treated as missing: {examples}',
    missing: '{n} missing ({tokens})',
    grouped: '{n} with thousands separators read as numbers: {examples}',
    otherDecimal: '{n} with the other decimal mark read as decimals: {examples}',
    tooSmall: '{n} too small for 32-bit floats, read as 0: {examples}',
    classes: '{n} classes',
    categories: '{n} categories → {n} inputs (one-hot)',
    cell: 'row {row} {value}',
    token: '{n} {token}',
    empty: 'empty',
  },
  missing: {
    none: 'missing values (policy {policy}): none in the used columns; all {rows} kept',
    some: 'missing values (policy {policy}): {parts}; {rows} kept',
    policy: { drop: 'drop', mean: 'mean', median: 'median', mode: 'mode', error: 'error' },
    dropped: '{n} of {rows} dropped — {columns}',
    droppedColumn: '{name}: {n} ({why})',
    filled: '{cells} filled — {columns}',
    filledColumn: '{name}: {n} ({why}) filled with its {kind} {fill}',
    notANumber: '{n} not a number',
    fill: { mean: 'mean', median: 'median', mode: 'most frequent value' },
  },
  task: {
    regression: 'task: regression of {target} — {why}',
    regressionHint: 'task: regression of {target} — {why}; {hint}',
    classification: 'task: classification of {target} into {n} classes ({classes}) — {why}',
    hint: 'its {n} whole values ({from} to {to}) may be classes: choose classification to train a classifier',
    why: {
      chosen: 'as chosen',
      askedBy: 'asked for by {option}',
      text: 'the target holds text',
      nominal: 'the target is a nominal attribute',
      categorical: 'the target is set to categorical',
      numbers: 'the target holds numbers',
    },
  },
};

type Messages = { [key: string]: string | Messages };

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fills = new Intl.NumberFormat('en-US', { maximumSignificantDigits: FILL_DIGITS });

function template(id: string): string {
  const found = id
    .split('.')
    .reduce<string | Messages | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      REPORT_ENGLISH,
    );
  if (typeof found !== 'string') throw new Error(`the report has no message '${id}'`);
  return found;
}

function number(name: string, value: number): string {
  if (PLAIN_NUMBERS.has(name)) return String(value);
  return name === 'fill' ? fills.format(value) : counts.format(value);
}

function value(name: string, v: PhraseValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return number(name, v);
  if (isPhrase(v)) return englishPhrase(v);
  const items = v.items.map((item) => value(name, item)).join(v.join);
  return v.more ? `${items}, …` : items;
}

/** One phrase of the report in English. @throws Error for an id the report does not have */
export function englishPhrase({ id, values = {} }: Phrase): string {
  const forms = template(id).split(' | ');
  const { count } = values;
  const plural = typeof count === 'number' && forms.length > 1;
  const form = forms[plural ? pluralForm(count, forms.length) : 0];
  return form.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? value(name, values[name]) : whole,
  );
}

/** The report's lines as the command line prints them (notes and columns indented). */
export function englishLines(lines: readonly ReportLine[]): string[] {
  return lines.map((line) => (line.indent ? '  ' : '') + englishPhrase(line.say));
}
