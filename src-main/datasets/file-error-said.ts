import type { FileKind, FileReadError } from '../files/read-bounded';
import type { ImportSaid } from './import-error';

/** The file system's codes that have their own message, by the message's id. */
const BY_ERRNO: Record<string, string> = {
  ENOENT: 'notFound',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EISDIR: 'folder',
  ENOTDIR: 'notFolder',
  ELOOP: 'linkLoop',
  ENAMETOOLONG: 'nameTooLong',
  EMFILE: 'tooManyOpen',
  ENFILE: 'tooManyOpen',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EIO: 'diskError',
};

/** The message's id for each kind of path that is not a regular file. */
const BY_KIND: Record<FileKind, string> = {
  folder: 'folder',
  pipe: 'pipe',
  device: 'device',
  socket: 'socket',
  other: 'notRegular',
};

/**
 * A data file that cannot be opened or read, as a message id under `errors.import.file.` and
 * its values, in place of the English sentence (which names the full path) main writes.
 */
export function fileErrorSaid(error: FileReadError): ImportSaid {
  if (error.kind) return { key: `file.${BY_KIND[error.kind]}` };
  const known = error.errno && BY_ERRNO[error.errno];
  if (known) return { key: `file.${known}` };
  return error.errno
    ? { key: 'file.otherCode', params: { code: error.errno } }
    : { key: 'file.unreadable' };
}
