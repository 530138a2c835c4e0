// A file sent in chunks (datasets:upload) is previewed and imported like any file, through the
// same streaming importer; cancelling drops it (and stops a preview reading it), a chunk out
// of place drops it, and what a crashed process left is removed at the next start.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetPreview, UploadState } from '../../../src-main/contract/types';
import { openServices } from '../../../src-main/services/services';
import { openLabFixture, type LabFixture } from './services-fixture';

let fixture: LabFixture;
afterEach(() => fixture?.close());

const csv = (rows: number) =>
  `a,b,y\n${Array.from({ length: rows }, (_, i) => `${i},${i % 7},${i % 2 ? 'p' : 'q'}`).join('\n')}\n`;

/** Sends `text` in chunks of `chunk` bytes. */
async function upload(f: LabFixture, fileName: string, text: string, chunk = 1000) {
  const bytes = new TextEncoder().encode(text);
  const begun = await f.value<UploadState>('datasets:upload', {
    step: 'begin',
    fileName,
    size: bytes.length,
  });
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await f.value('datasets:upload', {
      step: 'chunk',
      uploadId: begun.uploadId,
      offset,
      bytes: bytes.slice(offset, offset + chunk),
    });
  }
  await f.value('datasets:upload', { step: 'end', uploadId: begun.uploadId });
  return begun.uploadId;
}

describe('datasets:upload', () => {
  it('previews and imports an uploaded file as the importer reads any file', async () => {
    fixture = openLabFixture();
    const uploadId = await upload(fixture, 'rows.csv', csv(5000));
    const preview = await fixture.value<DatasetPreview>('datasets:preview', {
      fileName: 'rows.csv',
      uploadId,
    });
    expect(preview.rows).toBe(5000);
    expect(preview.columns.map((c) => c.name)).toEqual(['a', 'b', 'y']);
    // the table the preview read, or the upload again once main let it go
    const imported = await fixture.value<{ rowCount: number }>('datasets:import', {
      fileName: 'rows.csv',
      uploadId,
      roles: [
        { column: 'a', role: 'input' },
        { column: 'b', role: 'input' },
        { column: 'y', role: 'target' },
      ],
      missing: 'drop',
    });
    expect(imported.rowCount).toBe(5000);
    await fixture.value('datasets:upload', { step: 'cancel', uploadId });
    expect(
      await fixture.call('datasets:preview', { fileName: 'rows.csv', uploadId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown-upload' },
    });
  });

  it('drops an upload whose chunk is out of place, or that ends short', async () => {
    fixture = openLabFixture();
    const { uploadId } = await fixture.value<UploadState>('datasets:upload', {
      step: 'begin',
      fileName: 'x.csv',
      size: 10,
    });
    expect(
      await fixture.call('datasets:upload', {
        step: 'chunk',
        uploadId,
        offset: 4,
        bytes: new Uint8Array(2),
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'bad-chunk',
        message: expect.stringMatching(
          /^x\.csv: a part arrived out of place .*send the file again$/,
        ),
      },
    });
    expect(await fixture.call('datasets:upload', { step: 'end', uploadId })).toMatchObject({
      ok: false,
      error: { code: 'unknown-upload' },
    });
    const short = await fixture.value<UploadState>('datasets:upload', {
      step: 'begin',
      fileName: 'y.csv',
      size: 10,
    });
    await fixture.value('datasets:upload', {
      step: 'chunk',
      uploadId: short.uploadId,
      offset: 0,
      bytes: new Uint8Array(4).fill(65),
    });
    expect(
      await fixture.call('datasets:upload', { step: 'end', uploadId: short.uploadId }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'incomplete',
        message: 'y.csv: 4 of 10 bytes arrived; the upload was dropped, send the file again',
      },
    });
    expect(readdirSync(join(fixture.lab.dataDir, 'uploads', String(process.pid)))).toEqual([]);
  });

  it('refuses a file past the limit before a byte is sent, saying the limit', async () => {
    fixture = openLabFixture();
    const result = await fixture.call('datasets:upload', {
      step: 'begin',
      fileName: 'huge.csv',
      size: 300 * 1024 * 1024,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('size') },
    });
  });

  it('stops a preview reading the upload when it is cancelled', async () => {
    fixture = openLabFixture();
    const uploadId = await upload(fixture, 'big.csv', csv(400_000), 4 * 1024 * 1024);
    const reading = fixture.call('datasets:preview', { fileName: 'big.csv', uploadId });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixture.value('datasets:upload', { step: 'cancel', uploadId });
    expect(await reading).toMatchObject({
      ok: false,
      error: { code: 'cancelled', message: 'big.csv: the import was cancelled' },
    });
  });

  it('removes at the next start what a process no longer running left', () => {
    fixture = openLabFixture();
    const dataDir = fixture.lab.dataDir;
    fixture.close();
    const dead = join(dataDir, 'uploads', '999999999');
    mkdirSync(join(dead, 'abc'), { recursive: true });
    writeFileSync(join(dead, 'abc', 'half.csv'), 'a,b\n1,');
    const lab = openServices({
      dataDir,
      launcher: () => {
        throw new Error('no runs');
      },
      events: { emit: () => undefined },
      appVersion: '0',
    });
    expect(existsSync(dead)).toBe(false);
    lab.close();
    expect(existsSync(join(dataDir, 'uploads', String(process.pid)))).toBe(false);
  });
});
