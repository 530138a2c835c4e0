/** Request schemas of the `datasets:*` calls. */
import { z } from 'zod';
import {
  bytesUpTo,
  fileName,
  flag,
  id,
  integer,
  list,
  name,
  number,
  object,
  oneOf,
  split,
  text,
} from './common';
import { COLUMN_ROLES } from '../column-role';
import { worded } from './request-words';

/** The largest file the lab takes from the renderer: 50 MiB of text or bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The largest file the Data view sends in chunks (datasets:upload): the importer's own
 * limit (DEFAULT_IMPORT_LIMITS.maxBytes), 200 MiB. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** The most bytes one chunk of an upload carries. */
export const MAX_UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;

/** Names an upload (datasets:upload's answer to 'begin'). */
const uploadId = () => text(64);

/** More columns than the importer's own limit could never import. */
const MAX_COLUMNS = 100_000;

/** A column's name as the file spells it (any text, `__proto__` included: choices are lists). */
const columnName = () => text(10_000);

/** The file's content: text, or its bytes (exactly one of them). */
const fileContent = {
  fileName: fileName(),
  content: text(MAX_IMPORT_BYTES).optional(),
  bytes: bytesUpTo(MAX_IMPORT_BYTES).optional(),
  /** a file sent before with datasets:upload (any size up to MAX_UPLOAD_BYTES) */
  uploadId: uploadId().optional(),
  /** names the datasets:importProgress events of this request */
  requestId: text(100).optional(),
};

const hasOneContent = [
  (r: { content?: string; bytes?: Uint8Array; uploadId?: string }) =>
    [r.content, r.bytes, r.uploadId].filter((v) => v !== undefined).length === 1,
  { error: worded('expected exactly one of content (text), bytes or uploadId', 'oneContent') },
] as const;

/** The file again, or the table a preview read from it. */
const hasOneSource = [
  (r: { content?: string; bytes?: Uint8Array; uploadId?: string; previewId?: string }) =>
    [r.content, r.bytes, r.uploadId, r.previewId].filter((v) => v !== undefined).length === 1,
  {
    error: worded(
      'expected exactly one of content (text), bytes, uploadId or previewId',
      'oneSource',
    ),
  },
] as const;

const readOptions = () =>
  object({
    delimiter: oneOf([',', ';', '\t']).optional(),
    header: flag().optional(),
    decimalComma: flag().optional(),
    /** spreadsheets: a sheet's name or 1-based position */
    sheet: text(200).optional(),
  });

const builtinName = worded('expected a built-in dataset name', 'builtinName');

/** What to make of the columns: roles, types, missing values, the task. */
const choice = {
  /** column → role, as a list so that any column name (even `__proto__`) is just a name */
  roles: list(object({ column: columnName(), role: oneOf(COLUMN_ROLES) }), MAX_COLUMNS),
  /** column → type, overriding the inferred one */
  types: list(
    object({ column: columnName(), type: oneOf(['numeric', 'categorical']) }),
    MAX_COLUMNS,
  ).optional(),
  missing: oneOf(['drop', 'mean', 'median', 'mode', 'error']),
  /** default: classification for a target holding text, regression for numbers */
  task: oneOf(['classification', 'regression']).optional(),
  /** the same as task 'classification' (kept for older callers) */
  targetIsClass: flag().optional(),
};

export const datasetCalls = {
  'datasets:list': object({}),
  /** `rows`: how many of the first rows to send (default 50), e.g. all points of a plot */
  'datasets:get': object({
    id: id(),
    rows: integer(1, 20_000).optional(),
    /** the split to tell the rows' parts by (default: the dataset's own) */
    split: split().optional(),
  }),
  'datasets:builtins': object({}),
  'datasets:generate': object({
    /** a built-in's name, as datasets:builtins lists it */
    name: z
      .string({ error: builtinName })
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { error: builtinName }),
    // A record drops a `__proto__` key; the generator refuses names it does not know.
    params: z
      .record(text(64), number(-1e9, 1e9), {
        error: worded('expected parameters { name: number }', 'parameters'),
      })
      .refine((p) => Object.keys(p).length <= 32, {
        error: worded('expected at most 32 parameters', 'parametersUpTo', { limit: 32 }),
      })
      .optional(),
    split: split().optional(),
    /** the stored dataset's name; defaults to the built-in's label */
    datasetName: name().optional(),
  }),
  'datasets:preview': object({ ...fileContent, options: readOptions().optional() }).refine(
    ...hasOneContent,
  ),
  /** the report of importing a previewed table with these choices, nothing stored */
  'datasets:plan': object({ previewId: text(100), ...choice }),
  /** a file (or a previewed table, by its previewId) stored as a dataset */
  'datasets:import': object({
    ...fileContent,
    previewId: text(100).optional(),
    options: readOptions().optional(),
    /** the stored dataset's name; defaults to the file's name */
    name: name().optional(),
    ...choice,
    split: split().optional(),
  }).refine(...hasOneSource),
  'datasets:delete': object({ id: id() }),
  /**
   * A file too large for one message, sent in parts: 'begin' (its name and size) answers an
   * uploadId, 'chunk' appends the bytes at `offset` (in order), 'end' checks that all arrived,
   * 'cancel' drops it (and stops a preview reading it). The uploadId then stands for the file
   * in datasets:preview and datasets:import until it is cancelled or the lab restarts.
   */
  'datasets:upload': z.discriminatedUnion(
    'step',
    [
      object({
        step: z.literal('begin'),
        fileName: fileName(),
        size: integer(1, MAX_UPLOAD_BYTES),
      }),
      object({
        step: z.literal('chunk'),
        uploadId: uploadId(),
        offset: integer(0, MAX_UPLOAD_BYTES),
        bytes: z
          .instanceof(Uint8Array, { error: worded('expected bytes (a Uint8Array)', 'bytes') })
          .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_UPLOAD_CHUNK_BYTES, {
            error: worded(`expected 1 to ${MAX_UPLOAD_CHUNK_BYTES} bytes`, 'bytesFromOne', {
              max: MAX_UPLOAD_CHUNK_BYTES,
            }),
          }),
      }),
      object({ step: z.literal('end'), uploadId: uploadId() }),
      object({ step: z.literal('cancel'), uploadId: uploadId() }),
    ],
    { error: worded("expected step 'begin', 'chunk', 'end' or 'cancel'", 'uploadStep') },
  ),
};
