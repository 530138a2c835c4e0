// Issue 13, item 5: every file a person names is read with a limit that holds whatever is at
// the path — a device that never ends, a FIFO nobody writes, a folder, a file past the limit
// (refused from its size, before a byte is read) — and errors say where and what to do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded, readBoundedSync } from '../../../src-main/files/read-bounded';

const dir = mkdtempSync(join(tmpdir(), 'neuron-bounded-'));
const read = { maxBytes: 1024 * 1024, what: 'the model file' };

describe.each([
  ['readBoundedSync', async (path: string) => readBoundedSync(path, read)],
  ['readBounded', (path: string) => readBounded(path, read)],
] as const)('%s', (_name, readFile) => {
  it('reads a regular file within the limit', async () => {
    writeFileSync(join(dir, 'small.json'), '{"a":1}');
    expect((await readFile(join(dir, 'small.json'))).toString()).toBe('{"a":1}');
  });

  it('refuses /dev/zero, a FIFO nobody writes and a folder at once, by name', async () => {
    const fifo = join(dir, `pipe-${_name}`);
    spawnSync('mkfifo', [fifo]);
    await expect(readFile('/dev/zero')).rejects.toThrow(
      'the model file /dev/zero is a device, not a regular file: save it as a file and give its path',
    );
    await expect(readFile(fifo)).rejects.toThrow(`the model file ${fifo} is a named pipe (FIFO)`);
    await expect(readFile(dir)).rejects.toThrow(`the model file ${dir} is a folder`);
    // the kind as an id, for messages in other languages (worded only in the English one)
    await expect(readFile(fifo)).rejects.toMatchObject({ code: 'not-a-file', kind: 'pipe' });
    await expect(readFile(dir)).rejects.toMatchObject({ kind: 'folder' });
  });

  it('refuses a file past the limit from its size, before reading it (a sparse 700 MB file)', async () => {
    const big = join(dir, `big-${_name}.json`);
    writeFileSync(big, '');
    truncateSync(big, 700 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(readFile(big)).rejects.toMatchObject({
      code: 'too-large',
      size: 700 * 1024 * 1024,
      message: `the model file ${big} is 700 MB; it may be at most 1 MB`,
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('says what to do for a missing file', async () => {
    await expect(readFile(join(dir, 'nope.json'))).rejects.toMatchObject({
      code: 'unreadable',
      errno: 'ENOENT',
      message: `${join(dir, 'nope.json')} does not exist: check the name and the folder`,
    });
  });
});
