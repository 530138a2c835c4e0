/** A run that cannot be started or controlled as asked, for a reason a person can fix. */
export class RunRequestError extends Error {
  override readonly name = 'RunRequestError';
  constructor(
    readonly code: 'not-found' | 'invalid' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}
