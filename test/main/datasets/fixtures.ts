import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the committed small fixtures. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/csv/', import.meta.url));

/** Path of a committed fixture. */
export const fixture = (name: string): string => path.join(FIXTURES, name);

/** A temporary folder for files generated at run time (big or slow ones are not committed). */
export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'neuron-lab-datasets-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes a file into dir and returns its path. */
export async function writeTemp(dir: string, name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}
