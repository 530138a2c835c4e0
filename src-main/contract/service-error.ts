/**
 * The one base of every error a service raises on purpose. Its `code` is what a program tests
 * (the Result's `error.code`); its message is written for a person and names what is wrong and
 * where (the file, row, field or experiment). `dispatch` turns it into a failed Result, in one
 * place; any other error is a bug there and answers 'internal'.
 */
import type { ErrorCode, ErrorDetail } from './result';

export class ServiceError<Code extends ErrorCode = ErrorCode> extends Error {
  /**
   * @param detail the message's id and values, for the renderer to say it in the reader's
   *   language (see ErrorDetail); without it the renderer shows `message` as it is
   */
  constructor(
    readonly code: Code,
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
    // the subclass's name ("StoreError", …) in logs and stack traces
    this.name = new.target.name;
  }
}
