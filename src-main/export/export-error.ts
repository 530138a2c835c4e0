import { ServiceError } from '../contract/service-error';

/**
 * An export that cannot be made as asked, for a reason a person can act on: the target file
 * exists ('exists') or is not a regular file ('not-a-file': a device, a FIFO, a link), the model cannot be expressed in the format ('not-exportable'), the
 * experiment has no trained model ('not-found'), a file does not validate ('invalid'), or a
 * tool it needs is missing ('unavailable').
 */
export class ExportError extends ServiceError<
  'exists' | 'not-a-file' | 'not-exportable' | 'not-found' | 'invalid' | 'unavailable'
> {}
