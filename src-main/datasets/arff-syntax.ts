/** The pieces of Weka's ARFF format: attribute declarations and data lines. */

/**
 * A line that does not follow the format: the English message, and its id (under
 * `errors.import.arff.`) and values for the reader's language; the reader adds the line.
 */
export class ArffSyntaxError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** An attribute as declared: numbers, a fixed set of values (nominal), or free text. */
export type ArffAttribute =
  | { name: string; kind: 'numeric' }
  | { name: string; kind: 'nominal'; values: string[] }
  | { name: string; kind: 'string' | 'date' };

/**
 * Splits a line into values at commas (or, as Weka also reads, blanks between values), honouring
 * values quoted with `'` or `"` and backslash escapes inside them. Surrounding blanks go.
 * @returns the values; quoted ones are marked so that a quoted `?` stays a value
 * @throws ArffSyntaxError naming what is wrong (an unclosed quote)
 */
export function splitArffValues(line: string): { text: string; quoted: boolean }[] {
  const values: { text: string; quoted: boolean }[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) break;
    const c = line[i];
    if (c === "'" || c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < n && line[j] !== c; j++) {
        if (line[j] === '\\' && j + 1 < n) j++;
        text += line[j];
      }
      if (j >= n) {
        throw new ArffSyntaxError(`a quote (${c}) is never closed`, 'unclosedQuote', { mark: c });
      }
      values.push({ text, quoted: true });
      i = j + 1;
    } else {
      let j = i;
      while (j < n && line[j] !== ',' && line[j] !== '\t' && line[j] !== ' ') j++;
      values.push({ text: line.slice(i, j), quoted: false });
      i = j;
    }
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i < n && line[i] === ',') i++;
  }
  return values;
}

/**
 * Reads `@attribute NAME TYPE`.
 * @throws ArffSyntaxError naming what is wrong (a relational attribute, an unknown type)
 */
export function parseAttribute(line: string): ArffAttribute {
  const rest = line.replace(/^@attribute\s+/i, '');
  let name: string;
  let type: string;
  const quote = rest[0];
  if (quote === "'" || quote === '"') {
    const end = rest.indexOf(quote, 1);
    if (end < 0) {
      throw new ArffSyntaxError('the attribute name has an unclosed quote', 'unclosedName');
    }
    name = rest.slice(1, end);
    type = rest.slice(end + 1).trim();
  } else {
    const space = rest.search(/[\s{]/);
    if (space < 0) throw new ArffSyntaxError('the attribute has no type', 'noType');
    name = rest.slice(0, space);
    type = rest.slice(space).trim();
  }
  if (type.startsWith('{')) {
    const close = type.lastIndexOf('}');
    if (close < 0) {
      throw new ArffSyntaxError(`the values of '${name}' have no closing brace`, 'noBrace', {
        name: `'${name}'`,
      });
    }
    const values = splitArffValues(type.slice(1, close)).map((v) => v.text);
    return { name, kind: 'nominal', values };
  }
  const word = type.split(/\s+/)[0].toLowerCase();
  if (word === 'numeric' || word === 'real' || word === 'integer') return { name, kind: 'numeric' };
  if (word === 'string' || word === 'date') return { name, kind: word };
  throw new ArffSyntaxError(
    `attribute '${name}' has the type '${word}', which the lab does not read (numeric, nominal {…}, string, date)`,
    'unknownType',
    { name: `'${name}'`, type: `'${word}'` },
  );
}

/**
 * The values of a sparse data line `{index value, …}`: omitted attributes are 0, as Weka
 * writes them (a nominal attribute's 0 is its first value).
 * @throws ArffSyntaxError for an index outside the attributes
 */
export function sparseValues(line: string, attributes: readonly ArffAttribute[]): string[] {
  const cells = attributes.map((a) => (a.kind === 'nominal' ? (a.values[0] ?? '') : '0'));
  const inner = line.trim().slice(1, -1).trim();
  if (inner === '') return cells;
  for (const pair of inner.split(',')) {
    const [index, ...value] = splitArffValues(pair.trim().replace(/\s+/, ','));
    const k = Number(index?.text);
    if (!Number.isInteger(k) || k < 0 || k >= attributes.length) {
      const [shown, last] = [`'${index?.text ?? ''}'`, String(attributes.length - 1)];
      throw new ArffSyntaxError(
        `the sparse index ${shown} is not an attribute (0 to ${last})`,
        'sparseIndex',
        { index: shown, last },
      );
    }
    cells[k] = value.map((v) => v.text).join(' ');
  }
  return cells;
}
