import {
  ArffSyntaxError,
  parseAttribute,
  sparseValues,
  splitArffValues,
  type ArffAttribute,
} from './arff-syntax';
import { DatasetImportError, quote } from './import-error';
import type { ReadOptions } from './read-options';
import { readTextFile } from './read-text-file';
import { TableBuilder, type Table } from './table';

/**
 * Reads a Weka ARFF file: `@relation`, `@attribute` lines, then `@data` with one instance per
 * line (dense, or sparse `{index value, …}`), `%` comments, `?` for a missing value. Nominal
 * attributes (`{a, b, c}`) are categorical whatever their values look like, numeric ones are
 * numeric; string and date attributes are typed by their values like CSV columns. A nominal
 * value outside its declared set is refused. Rows in messages are the file's line numbers.
 * @throws DatasetImportError 'bad-arff' naming the line, and every text-file error
 */
export async function readArffTable(filePath: string, options: ReadOptions = {}): Promise<Table> {
  const { file, limits, chunks, source } = readTextFile(filePath, options);
  const reader = new ArffReader(
    file,
    (names) => new TableBuilder(file, names, limits, 'the header'),
  );
  let rest = '';
  for await (const chunk of chunks) {
    const lines = (rest + chunk).split(/\r\n|\n|\r/);
    rest = lines.pop()!;
    for (const line of lines) reader.line(line);
  }
  if (rest !== '') reader.line(rest);
  const builder = reader.end();
  return {
    source: { ...source('arff'), relation: reader.relation },
    columns: builder.columns,
    rows: builder.rows,
    lines: builder.lines,
    declaredTypes: declaredTypes(reader.attributes, builder),
  };
}

/** Nominal attributes are categories and numeric ones numbers, whatever their cells hold. */
function declaredTypes(
  attributes: readonly ArffAttribute[],
  builder: TableBuilder,
): Map<string, 'numeric' | 'categorical'> {
  const types = new Map<string, 'numeric' | 'categorical'>();
  attributes.forEach((a, i) => {
    if (a.kind === 'nominal') types.set(builder.columns[i].name, 'categorical');
    else if (a.kind === 'numeric') types.set(builder.columns[i].name, 'numeric');
  });
  return types;
}

/** Reads an ARFF file line by line: the header, then the data into a table. */
class ArffReader {
  relation = '';
  readonly attributes: ArffAttribute[] = [];
  private builder?: TableBuilder;
  private lineNumber = 0;
  private nominal: (Set<string> | undefined)[] = [];

  constructor(
    private readonly file: string,
    private readonly newBuilder: (names: string[]) => TableBuilder,
  ) {}

  line(raw: string): void {
    this.lineNumber++;
    const line = raw.trim();
    if (line === '' || line.startsWith('%')) return;
    try {
      if (this.builder) this.data(line);
      else this.header(line);
    } catch (error) {
      if (!(error instanceof ArffSyntaxError)) throw error;
      throw new DatasetImportError(
        'bad-arff',
        this.file,
        `line ${this.lineNumber}: ${error.message}`,
        {},
        { key: `arff.${error.key}`, params: { ...error.params, line: this.lineNumber } },
      );
    }
  }

  end(): TableBuilder {
    if (!this.builder) {
      throw new DatasetImportError(
        'bad-arff',
        this.file,
        'has no @data section',
        { subject: true },
        { key: 'noDataSection' },
      );
    }
    if (this.builder.rows === 0) {
      throw new DatasetImportError(
        'header-only',
        this.file,
        'only a header, no data rows',
        {},
        { key: 'headerOnly' },
      );
    }
    return this.builder;
  }

  private header(line: string): void {
    const keyword = line.split(/\s/)[0].toLowerCase();
    if (keyword === '@relation') {
      this.relation = splitArffValues(line.slice(keyword.length))[0]?.text ?? '';
    } else if (keyword === '@attribute') {
      this.attributes.push(parseAttribute(line));
    } else if (keyword === '@data') {
      if (this.attributes.length === 0) {
        throw new ArffSyntaxError('@data comes before any @attribute', 'dataFirst');
      }
      this.nominal = this.attributes.map((a) =>
        a.kind === 'nominal' ? new Set(a.values) : undefined,
      );
      this.builder = this.newBuilder(this.attributes.map((a) => a.name));
    } else {
      const found = quote(line.slice(0, 40));
      throw new ArffSyntaxError(
        `expected @relation, @attribute or @data, found ${found}`,
        'unexpected',
        { found },
      );
    }
  }

  private data(line: string): void {
    const cells: string[] = line.startsWith('{')
      ? sparseValues(line, this.attributes)
      : splitArffValues(line).map((v) => v.text);
    if (cells.length !== this.attributes.length) {
      throw new DatasetImportError(
        'ragged',
        this.file,
        `row ${this.lineNumber} has ${cells.length} values, the header declares ${this.attributes.length} attributes`,
        {},
        {
          key: 'raggedArff',
          params: { line: this.lineNumber, count: cells.length, width: this.attributes.length },
        },
      );
    }
    cells.forEach((cell, c) => {
      const allowed = this.nominal[c];
      if (allowed && cell !== '?' && !allowed.has(cell)) {
        throw new DatasetImportError(
          'bad-arff',
          this.file,
          `${quote(cell)} is not one of the values declared for it (${[...allowed].slice(0, 10).map(quote).join(', ')})`,
          { row: this.lineNumber, column: this.attributes[c].name },
          {
            key: 'notDeclared',
            params: {
              value: quote(cell),
              allowed: [...allowed].slice(0, 10).map(quote).join(', '),
            },
          },
        );
      }
    });
    this.builder!.push(cells, this.lineNumber);
  }
}
