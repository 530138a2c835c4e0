import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { UploadState } from '../contract/types';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_CHUNK_BYTES } from '../contract/schemas/datasets';
import { formatBytes } from '../files/format-bytes';
import { ServiceError } from '../contract/service-error';
import { processAlive } from './process-alive';

/** The folder, inside the data folder, where uploads are written while they are in use. */
export const UPLOADS_FOLDER = 'uploads';

/** Uploads kept at once; a new one beyond this drops the oldest. */
const MAX_UPLOADS = 4;

/** An upload that cannot go on as asked, for a reason the caller can show. */
export class UploadError extends ServiceError<'unknown-upload' | 'bad-chunk' | 'incomplete'> {}

interface Upload {
  id: string;
  fileName: string;
  file: string;
  size: number;
  received: number;
  done: boolean;
  /** aborted when the upload is cancelled: a preview reading it stops */
  cancel: AbortController;
}

/**
 * Files that reach main in chunks (datasets:upload), each written to a file of its own in
 * the data folder's uploads/ and kept, under its original name (the importer reads the
 * extension), until it is cancelled, replaced by newer uploads, or the lab closes; what a
 * crashed process left there is removed at the next start, so nothing stays behind.
 */
export class Uploads {
  private readonly uploads = new Map<string, Upload>();

  private readonly folder: string;

  /** @param base the data folder's uploads/: this process writes below uploads/<pid>/, and
   * removes there what processes no longer running left */
  constructor(base: string) {
    this.folder = path.join(base, String(process.pid));
    for (const entry of safeList(base)) {
      const pid = Number(entry);
      if (entry === String(process.pid) || !Number.isInteger(pid) || !processAlive(pid)) {
        fs.rmSync(path.join(base, entry), { recursive: true, force: true });
      }
    }
  }

  begin(fileName: string, size: number): UploadState {
    if (size > MAX_UPLOAD_BYTES) {
      throw new UploadError(
        'bad-chunk',
        `${fileName} is ${formatBytes(size)}; the lab imports files up to ${formatBytes(MAX_UPLOAD_BYTES)}`,
      );
    }
    while (this.uploads.size >= MAX_UPLOADS) this.cancel(this.uploads.keys().next().value!);
    const id = randomBytes(12).toString('hex');
    const dir = path.join(this.folder, id);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // only the base name, made safe: the name comes from the renderer and must not pick the folder
    const safe = path.basename(fileName).replace(/[^\w.\- ]/g, '_') || 'upload.csv';
    const file = path.join(dir, safe);
    fs.writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
    const upload: Upload = {
      id,
      fileName,
      file,
      size,
      received: 0,
      done: false,
      cancel: new AbortController(),
    };
    this.uploads.set(id, upload);
    return this.state(upload);
  }

  /** Appends one chunk; chunks come in order. A chunk out of place drops the upload. */
  async chunk(id: string, offset: number, bytes: Uint8Array): Promise<UploadState> {
    const upload = this.get(id);
    if (upload.done || offset !== upload.received || offset + bytes.byteLength > upload.size) {
      this.cancel(id);
      throw new UploadError(
        'bad-chunk',
        `${upload.fileName}: a part arrived out of place (${formatBytes(bytes.byteLength)} at byte ${offset}, after ${upload.received} of ${upload.size}); the upload was dropped, send the file again`,
      );
    }
    await fs.promises.appendFile(upload.file, bytes);
    upload.received += bytes.byteLength;
    return this.state(upload);
  }

  end(id: string): UploadState {
    const upload = this.get(id);
    if (upload.received !== upload.size) {
      this.cancel(id);
      throw new UploadError(
        'incomplete',
        `${upload.fileName}: ${upload.received} of ${upload.size} bytes arrived; the upload was dropped, send the file again`,
      );
    }
    upload.done = true;
    return this.state(upload);
  }

  /** Drops an upload and its file, and stops whatever reads it. Unknown ids are ignored. */
  cancel(id: string): UploadState {
    const upload = this.uploads.get(id);
    this.uploads.delete(id);
    upload?.cancel.abort();
    if (upload) fs.rmSync(path.dirname(upload.file), { recursive: true, force: true });
    return {
      uploadId: id,
      received: 0,
      size: upload?.size ?? 0,
      chunkBytes: MAX_UPLOAD_CHUNK_BYTES,
    };
  }

  /** A complete upload's file and the signal that says it was cancelled. */
  file(id: string): { path: string; fileName: string; signal: AbortSignal } {
    const upload = this.get(id);
    if (!upload.done) {
      throw new UploadError('incomplete', `${upload.fileName}: the upload is not finished yet`);
    }
    return { path: upload.file, fileName: upload.fileName, signal: upload.cancel.signal };
  }

  /** Drops every upload and this process's folder (the lab closes). */
  close(): void {
    for (const id of [...this.uploads.keys()]) this.cancel(id);
    fs.rmSync(this.folder, { recursive: true, force: true });
  }

  private get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload) {
      throw new UploadError(
        'unknown-upload',
        'the uploaded file is no longer at hand (cancelled, replaced by newer uploads, or the lab restarted); open it again',
      );
    }
    return upload;
  }

  private state(upload: Upload): UploadState {
    return {
      uploadId: upload.id,
      received: upload.received,
      size: upload.size,
      chunkBytes: MAX_UPLOAD_CHUNK_BYTES,
    };
  }
}

function safeList(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}
