import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src-main/datasets/read-text-file';
import { withTempDir, writeTemp } from './fixtures';

async function readAll(chunks: AsyncGenerator<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('readTextFile', () => {
  it('streams the text and then describes the file: name, bytes, hash, encoding', async () => {
    await withTempDir(async (dir) => {
      const bytes = Buffer.from('\ufeffa;b\n1;2\n', 'utf8');
      const path = await writeTemp(dir, 'semi.csv', bytes);
      const progress: number[] = [];
      const reading = readTextFile(path, { onProgress: (read) => progress.push(read) });
      expect(reading.file).toBe('semi.csv');
      expect(await readAll(reading.chunks)).toBe('a;b\n1;2\n');
      expect(reading.source('csv')).toEqual({
        fileName: 'semi.csv',
        format: 'csv',
        bytes: bytes.length,
        hash: createHash('sha256').update(bytes).digest('hex'),
        encoding: 'UTF-8',
        bom: true,
      });
      expect(progress.at(-1)).toBe(bytes.length);
    });
  });

  it('uses the name it is given in messages and keeps the limits it resolved', async () => {
    await withTempDir(async (dir) => {
      const path = await writeTemp(dir, 'x.json', '[]');
      const reading = readTextFile(path, { fileName: 'upload.json', limits: { maxBytes: 1 } });
      expect(reading.limits.maxBytes).toBe(1);
      await expect(readAll(reading.chunks)).rejects.toThrow(/upload\.json/);
    });
  });
});
