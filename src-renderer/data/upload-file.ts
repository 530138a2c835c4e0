/**
 * Sending a file to main in chunks (datasets:upload), so that its size is bounded by the
 * importer's limit rather than by one WebSocket message: each chunk is read from the file only
 * when it is sent (a 150 MB file is never in memory whole), progress is reported per chunk,
 * and a cancel (the signal) stops between two chunks and drops what arrived.
 */
import type { Result } from '../../src-main/contract/result';
import type { LabClient } from '../api/lab-client';

export interface UploadOptions {
  /** bytes sent so far, of the file's size */
  onProgress?: (bytes: number, total: number) => void;
  signal?: AbortSignal;
}

const cancelled = (fileName: string): Result<never> => ({
  ok: false,
  error: { code: 'cancelled', message: `${fileName}: the upload was cancelled` },
});

/** @returns the upload's id (which stands for the file in datasets:preview and :import), or
 * why it failed; never rejects */
export async function uploadFile(
  lab: LabClient,
  file: Blob,
  fileName: string,
  options: UploadOptions = {},
): Promise<Result<string>> {
  const begun = await lab.call('datasets:upload', { step: 'begin', fileName, size: file.size });
  if (!begun.ok) return begun;
  const { uploadId, chunkBytes } = begun.value;
  const drop = () => void lab.call('datasets:upload', { step: 'cancel', uploadId });
  options.onProgress?.(0, file.size);
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    if (options.signal?.aborted) {
      drop();
      return cancelled(fileName);
    }
    const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    const sent = await lab.call('datasets:upload', { step: 'chunk', uploadId, offset, bytes });
    if (!sent.ok) return sent;
    options.onProgress?.(sent.value.received, file.size);
  }
  if (options.signal?.aborted) {
    drop();
    return cancelled(fileName);
  }
  const ended = await lab.call('datasets:upload', { step: 'end', uploadId });
  return ended.ok ? { ok: true, value: uploadId } : ended;
}
