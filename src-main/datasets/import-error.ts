import { ServiceError } from '../contract/service-error';

/** What went wrong in an import, for handlers that map errors to `{ code, message }`. */
export type ImportErrorCode =
  | 'unreadable'
  | 'empty'
  | 'header-only'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'too-many-values'
  | 'ragged'
  | 'unclosed-quote'
  | 'not-a-number'
  | 'bad-json'
  | 'bad-choice'
  | 'no-rows'
  | 'missing-value'
  | 'out-of-range'
  | 'bad-xlsx'
  | 'bad-arff'
  | 'cancelled'
  | 'expired';

/** Where in the file an error sits; rows are 1-based line numbers (see parse-delimited). */
export interface ErrorPlace {
  row?: number;
  column?: string;
  /** the file name is the subject of the detail: `data.csv is 512 MB; …` (no colon) */
  subject?: boolean;
}

/**
 * What the detail says, for the renderer's translation: a message id under `errors.import.`
 * and the values it names (the file, row and column are added by the error itself).
 */
export interface ImportSaid {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The one error type every import throws. Its message always starts with the file name and,
 * where known, the row and column, so it can be shown to a person as is:
 * `data.csv: row 17, column 'age': 'abc' is not a number`.
 */
export class DatasetImportError extends ServiceError<ImportErrorCode> {
  readonly file: string;
  readonly row?: number;
  readonly column?: string;

  /** @param said the detail as a message id and values; without it the renderer shows the
   *   English message as it is */
  constructor(
    code: ImportErrorCode,
    file: string,
    detail: string,
    place: ErrorPlace = {},
    said?: ImportSaid,
  ) {
    super(
      code,
      place.subject ? `${file} ${detail}` : `${file}: ${placePrefix(place)}${detail}`,
      said && {
        key: `import.${said.key}`,
        params: {
          ...said.params,
          file,
          ...(place.row !== undefined && { row: place.row }),
          ...(place.column !== undefined && { column: quote(place.column) }),
        },
      },
    );
    this.file = file;
    this.row = place.row;
    this.column = place.column;
  }
}

function placePrefix({ row, column }: ErrorPlace): string {
  const parts: string[] = [];
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`column ${quote(column)}`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/**
 * A cell or name quoted for a message: single quotes, control characters escaped, cut to
 * 40 characters, so a hostile cell cannot flood or forge a message.
 */
export function quote(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // eslint-disable-next-line no-control-regex
  const escaped = cut.replace(/[\u0000-\u001f\u007f]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
  return `'${escaped}'`;
}
