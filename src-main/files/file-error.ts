/** What each file-system error means for a person: the kind of trouble and what to do. */
const MEANINGS: Record<string, (path: string) => string> = {
  ENOENT: (p) => `${p} does not exist: check the name and the folder`,
  EISDIR: (p) => `${p} is a folder, not a file: give a file's name`,
  ENOTDIR: (p) => `a part of ${p} is a file, not a folder: check the path`,
  EEXIST: (p) => `${p} exists already: choose another name`,
  EACCES: (p) =>
    `permission denied for ${p}: change its permissions (or its folder's), or choose another place`,
  EPERM: (p) =>
    `the system does not allow it for ${p}: change its permissions (or its folder's), or choose another place`,
  EROFS: (p) => `${p} is on a read-only disk: choose another place`,
  ENOSPC: (p) => `the disk holding ${p} is full: free some space, or choose another disk`,
  EDQUOT: (p) => `your disk quota is used up where ${p} is: free some space`,
  ELOOP: (p) => `${p} is a loop of symbolic links: fix the links`,
  ENAMETOOLONG: (p) => `the name ${p} is too long: choose a shorter one`,
  EMFILE: (p) => `too many files are open to use ${p}: close some programs and try again`,
  ENFILE: (p) => `too many files are open to use ${p}: close some programs and try again`,
  EBUSY: (p) => `${p} is in use by another program: close it and try again`,
  EIO: (p) => `the disk holding ${p} reported an input/output error: check the disk`,
  ETXTBSY: (p) => `${p} is in use by another program: close it and try again`,
};

/**
 * A file-system error as a sentence naming the path and what to do, in place of the bare
 * `EISDIR: illegal operation on a directory, read` Node gives.
 * @param path the file or folder the error is about (the error's own path when it has one)
 * @param doing what was being done, for errors without a known meaning ("write", "read")
 */
export function describeFileError(error: unknown, path: string, doing: string): string {
  const { code, path: own } = (error ?? {}) as { code?: unknown; path?: unknown };
  const where = typeof own === 'string' && own !== '' ? own : path;
  const meaning = typeof code === 'string' ? MEANINGS[code] : undefined;
  if (meaning) return meaning(where);
  const detail = error instanceof Error ? error.message : String(error);
  return `cannot ${doing} ${where} (${detail})`;
}

/** Whether an error comes from the file system (it has an errno code such as ENOENT). */
export function isFileError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
