/**
 * The one base of every error a service raises on purpose. Its `code` is what a program tests
 * (the Result's `error.code`); its message is written for a person and names what is wrong and
 * where (the file, row, field or experiment). `dispatch` turns it into a failed Result, in one
 * place; any other error is a bug there and answers 'internal'.
 */
import type { ErrorCode } from './result';

export class ServiceError<Code extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    // the subclass's name ("StoreError", …) in logs and stack traces
    this.name = new.target.name;
  }
}
