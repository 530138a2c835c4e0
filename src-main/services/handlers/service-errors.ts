import { fail, ok } from '../../contract/result';
import type { Result } from '../../contract/result';
import { BuiltinDataError } from '../../builtin-data';
import { DatasetImportError } from '../../datasets';
import { StoreError } from '../../store/store-error';
import { RunRequestError } from '../run-request-error';
import { UploadError } from '../uploads';

/**
 * Runs a service call and turns the errors services raise on purpose into a result with
 * their code and message; anything else is rethrown, and the host reports it as 'internal'.
 */
export async function answer<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (
      error instanceof StoreError ||
      error instanceof BuiltinDataError ||
      error instanceof DatasetImportError
    ) {
      return fail(error.code, error.message);
    }
    if (error instanceof RunRequestError || error instanceof UploadError) {
      return fail(error.code, error.message);
    }
    throw error;
  }
}
