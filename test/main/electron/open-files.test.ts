import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../../src-main/contract/app-command';
import { translator } from '../../../src-main/electron/main-messages';
import { FileOpener, lessonPathsInArgv } from '../../../src-main/electron/open-files';
import { RecentFiles } from '../../../src-main/electron/recent-files';

function setup(answer = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-open-'));
  const log = { info: vi.fn(), warn: vi.fn() };
  const recent = new RecentFiles(dir, log);
  const sent: AppCommand[] = [];
  const ask = vi.fn(async () => answer);
  const onRecentChanged = vi.fn();
  const opener = new FileOpener({
    send: (c) => sent.push(c),
    recent,
    log,
    t: translator('en'),
    ask,
    onRecentChanged,
  });
  return { dir, recent, sent, ask, opener, log, onRecentChanged };
}

describe('lessonPathsInArgv', () => {
  it('keeps the .nnlab arguments after the executable, resolved, and skips flags', () => {
    expect(
      lessonPathsInArgv(
        ['/opt/Neuron Lab/neuron-lab', '--no-sandbox', 'a.nnlab', '/x/B.NNLAB', 'c.csv', '.'],
        '/home/t',
      ),
    ).toEqual(['/home/t/a.nnlab', '/x/B.NNLAB']);
    expect(lessonPathsInArgv(['/opt/neuron-lab'], '/')).toEqual([]);
  });
});

describe('FileOpener', () => {
  it('holds requests until the page is ready, then sends the file and remembers it', async () => {
    const { dir, sent, opener, recent, onRecentChanged } = setup();
    writeFileSync(join(dir, 'intro.nnlab'), 'lesson');
    writeFileSync(join(dir, 'iris.csv'), 'a,b');
    await opener.open(join(dir, 'intro.nnlab'), 'lesson');
    expect(sent).toEqual([]);
    await opener.pageReady();
    await opener.open(join(dir, 'iris.csv'), 'data');
    expect(sent).toEqual([
      {
        command: 'open-lesson',
        fileName: 'intro.nnlab',
        bytes: new TextEncoder().encode('lesson'),
      },
      { command: 'import-data', fileName: 'iris.csv', bytes: new TextEncoder().encode('a,b') },
    ]);
    expect(recent.list().map((e) => [e.path, e.kind])).toEqual([
      [join(dir, 'iris.csv'), 'data'],
      [join(dir, 'intro.nnlab'), 'lesson'],
    ]);
    expect(onRecentChanged).toHaveBeenCalledTimes(2);
    opener.pageGone();
    await opener.open(join(dir, 'iris.csv'), 'data');
    expect(sent).toHaveLength(2); // waits for the reloaded page
  });

  it('reports a recent file that has gone and forgets it only when asked to', async () => {
    const keep = setup(1);
    const gone = join(keep.dir, 'gone.nnlab');
    await keep.recent.add(gone, 'lesson');
    await keep.opener.pageReady();
    await keep.opener.open(gone, 'lesson');
    expect(keep.ask).toHaveBeenCalledWith(
      expect.stringContaining('gone.nnlab is no longer there'),
      ['Remove from Recent', 'Keep'],
    );
    expect(keep.recent.list()).toHaveLength(1);
    expect(keep.log.warn).toHaveBeenCalled();
    const forget = setup(0);
    await forget.recent.add(gone, 'lesson');
    await forget.opener.pageReady();
    await forget.opener.open(gone, 'lesson');
    expect(forget.recent.list()).toEqual([]);
    expect(forget.sent).toEqual([]);
  });

  it('says why a file cannot be opened (a folder) and sends nothing', async () => {
    const { dir, opener, ask, sent } = setup();
    await opener.pageReady();
    await opener.open(dir, 'lesson');
    expect(ask).toHaveBeenCalledWith(expect.stringMatching(/could not be opened: not a file/), [
      'OK',
    ]);
    expect(sent).toEqual([]);
  });
});
