import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Runs `work` on a file that arrived as text or bytes (a file dropped on the window reaches
 * main that way), written to a private temporary folder that is removed afterwards whatever
 * happens; the importer then streams it like any file on disk.
 */
export async function withUploadedFile<T>(
  upload: { fileName: string; content?: string; bytes?: Uint8Array },
  work: (path: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'neuron-lab-upload-'));
  // Only the base name: the name comes from the renderer and must not pick the folder.
  const path = join(dir, basename(upload.fileName).replace(/[^\w.\- ]/g, '_') || 'upload.csv');
  try {
    await writeFile(path, upload.bytes ?? upload.content ?? '', { mode: 0o600 });
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
