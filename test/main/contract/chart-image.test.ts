import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import { ok } from '../../../src-main/contract/result';
import { isPng, isSvg, MAX_CHART_BYTES } from '../../../src-main/contract/schemas/chart-image';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const utf8 = (s: string) => new TextEncoder().encode(s);
const handlers = withNotImplemented({ 'export:chart': async (r) => ok({ files: [], r }) as never });
const send = (payload: unknown) => dispatch(handlers, 'export:chart', payload, { host: 'local' });

describe('export:chart requests', () => {
  it('takes a PNG or an SVG document named like a file stem', async () => {
    expect(await send({ name: 'loss', format: 'png', bytes: PNG })).toMatchObject({ ok: true });
    const svg = utf8('<?xml version="1.0"?>\n<!-- chart --><svg xmlns="x" width="2"></svg>');
    expect(await send({ name: 'compare.accuracy_1', format: 'svg', bytes: svg })).toMatchObject({
      ok: true,
    });
  });

  it('refuses bytes that are not what the format says, naming the field', async () => {
    const html = utf8('<html><script>alert(1)</script></html>');
    for (const [format, bytes] of [
      ['svg', html],
      ['png', html],
      ['svg', PNG],
      ['png', new Uint8Array()],
    ] as const) {
      const answer = await send({ name: 'loss', format, bytes });
      expect(answer, `${format} ${bytes.length}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: expect.stringContaining('bytes') },
      });
    }
  });

  it('refuses a name that would be a path, an unknown format, extra keys and huge pictures', async () => {
    const bad = [
      { name: '../../.bashrc', format: 'png', bytes: PNG },
      { name: '/etc/passwd', format: 'png', bytes: PNG },
      { name: '', format: 'png', bytes: PNG },
      { name: 'loss', format: 'exe', bytes: PNG },
      { name: 'loss', format: 'png', bytes: [137, 80] },
      { name: 'loss', format: 'png', bytes: PNG, path: '/tmp/x.png' },
      { name: 'loss', format: 'png', bytes: new Uint8Array(MAX_CHART_BYTES + 1) },
    ];
    for (const payload of bad) {
      expect(await send(payload), JSON.stringify(payload.name)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('tells PNG and SVG bytes apart', () => {
    expect(isPng(PNG)).toBe(true);
    expect(isPng(PNG.subarray(1))).toBe(false);
    expect(isSvg(utf8('\uFEFF  <svg/>'))).toBe(true);
    expect(isSvg(utf8('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg>'))).toBe(true);
    expect(isSvg(utf8('<svgx>'))).toBe(false);
    expect(isSvg(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe(false);
  });
});
