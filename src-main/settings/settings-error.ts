/** A settings change that cannot be made, with a code a program tests and words a person reads. */
export class SettingsError extends Error {
  constructor(
    readonly code: 'invalid-setting' | 'read-only' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}
