import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../src-main/contract/result';
import { dataUrlBytes, savePicture } from '../../../../src-renderer/components/charts/chart-export';

/** no page here: the desktop app's answers never download */
const doc = {} as Document;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('saving a chart picture', () => {
  it('reads the bytes of a base64 data: address', () => {
    const url = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    expect(dataUrlBytes(url)).toEqual(png);
  });

  it('sends the picture through export:chart and says where the desktop app saved it', async () => {
    const call = vi.fn(async () => ok({ files: [], saved: { saved: ['/home/a/loss.png'] } }));
    expect(await savePicture({ call } as never, 'loss', 'png', png, doc)).toEqual({
      kind: 'saved',
      paths: ['/home/a/loss.png'],
    });
    expect(call).toHaveBeenCalledWith('export:chart', { name: 'loss', format: 'png', bytes: png });
  });

  it('reports a cancelled dialog and a refused picture', async () => {
    const cancelled = vi.fn(async () => ok({ files: [], saved: { cancelled: true } }));
    expect(await savePicture({ call: cancelled } as never, 'a', 'svg', png, doc)).toEqual({
      kind: 'cancelled',
    });
    const refused = vi.fn(async () => fail('invalid-request', 'export:chart: bytes: expected…'));
    expect(await savePicture({ call: refused } as never, 'a', 'svg', png, doc)).toEqual({
      kind: 'failed',
      message: 'export:chart: bytes: expected…',
    });
  });
});
