/**
 * The system's reason inside a store refusal ("cannot open the experiment database …: {why}")
 * as a message id with values, so that the renderer says the reason in the reader's language
 * too: Node's errno codes and SQLite's result codes (better-sqlite3 puts them in `code`) map to
 * a few causes (area `errors.store.cause`). Main's English keeps the system's own words, and so
 * does a cause this list does not know: its id `system` carries them as `text`, and the
 * renderer says they are the system's own words.
 */
import type { ErrorDetail } from '../contract/result';

/** Every cause a store refusal may name, and the values each message uses. */
export const STORE_CAUSES = {
  missing: ['path'],
  permission: ['path'],
  notAllowed: ['path'],
  readOnlyDisk: ['path'],
  diskFull: ['path'],
  quota: ['path'],
  isFolder: ['path'],
  notFolder: ['path'],
  exists: ['path'],
  inUse: ['path'],
  tooManyOpen: ['path'],
  io: ['path'],
  nameTooLong: ['path'],
  linkLoop: ['path'],
  cantOpen: ['path'],
  corrupt: ['path'],
  notDatabase: ['path'],
  busy: ['path'],
  locked: ['path'],
  readOnly: ['path'],
  outOfMemory: [],
  system: ['text'],
} as const satisfies Record<string, readonly string[]>;

export type StoreCauseId = keyof typeof STORE_CAUSES;

/** Node's errno codes, by cause. */
const ERRNO: Record<string, StoreCauseId> = {
  ENOENT: 'missing',
  EACCES: 'permission',
  EPERM: 'notAllowed',
  EROFS: 'readOnlyDisk',
  ENOSPC: 'diskFull',
  EDQUOT: 'quota',
  EISDIR: 'isFolder',
  ENOTDIR: 'notFolder',
  EEXIST: 'exists',
  EBUSY: 'inUse',
  ETXTBSY: 'inUse',
  EMFILE: 'tooManyOpen',
  ENFILE: 'tooManyOpen',
  EIO: 'io',
  ENAMETOOLONG: 'nameTooLong',
  ELOOP: 'linkLoop',
};

/** SQLite's primary result codes (an extended code such as SQLITE_IOERR_WRITE starts with
 * its primary one), by cause. */
const SQLITE: Record<string, StoreCauseId> = {
  SQLITE_CANTOPEN: 'cantOpen',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_NOTADB: 'notDatabase',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'locked',
  SQLITE_FULL: 'diskFull',
  SQLITE_READONLY: 'readOnly',
  SQLITE_IOERR: 'io',
  SQLITE_PERM: 'permission',
  SQLITE_AUTH: 'notAllowed',
  SQLITE_NOMEM: 'outOfMemory',
};

/** The cause `error` names, or undefined for one this list does not know. */
export function causeId(error: unknown): StoreCauseId | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (Object.hasOwn(ERRNO, code)) return ERRNO[code];
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  return primary && Object.hasOwn(SQLITE, primary) ? SQLITE[primary] : undefined;
}

/**
 * The reason of a refusal as a part of its detail: the cause's id and values, with the
 * system's own words as its English.
 * @param path the file or folder it is about, when the error does not name its own
 */
export function storeCause(error: unknown, path: string): ErrorDetail & { message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const id = causeId(error);
  if (id === undefined) return { key: 'store.cause.system', params: { text: message }, message };
  // a rename's error names its source; the refusal is about `path`, its destination
  const { path: own, dest } = error as { path?: unknown; dest?: unknown };
  const where = typeof own === 'string' && own !== '' && dest === undefined ? own : path;
  const params: Record<string, string> = STORE_CAUSES[id].length > 0 ? { path: where } : {};
  return { key: `store.cause.${id}`, params, message };
}

/** `detail` with the reason `error` gave (see storeCause) as its only part. */
export const withCause = (detail: ErrorDetail, error: unknown, path: string): ErrorDetail => ({
  ...detail,
  parts: [storeCause(error, path)],
});
