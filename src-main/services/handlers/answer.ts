import { ok, type Result } from '../../contract/result';

/**
 * A handler's value as a successful Result. Errors pass through: a ServiceError (a store,
 * import, export, lesson or run error) reaches `dispatch`, which answers its code and message;
 * anything else is answered 'internal' there.
 */
export async function answer<T>(work: () => T | Promise<T>): Promise<Result<T>> {
  return ok(await work());
}

/** A call with nothing to report (delete, control, reset) answers null once its work is done. */
export async function acknowledge(work: () => unknown): Promise<Result<null>> {
  await work();
  return ok(null);
}
