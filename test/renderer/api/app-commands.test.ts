// The page's answer to the desktop app's menu commands and opened files, and how exports
// are delivered (downloaded in the browser, already saved by the desktop app).
import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../../src-main/contract/app-command';
import {
  appCommandHandler,
  type AppCommandTargets,
} from '../../../src-renderer/api/use-app-commands';
import { deliverFiles } from '../../../src-renderer/components/export/download-files';

function targets(view = 'design', typing = false) {
  const t = {
    view: () => view,
    go: vi.fn(),
    showShortcuts: vi.fn(),
    typing: () => typing,
    undo: vi.fn(),
    redo: vi.fn(),
    openLesson: vi.fn(),
    importData: vi.fn(),
    focusExport: vi.fn(),
  } satisfies AppCommandTargets;
  return { t, handle: appCommandHandler(t) };
}

const bytes = new TextEncoder().encode('x,y\n1,2\n');

describe('appCommandHandler', () => {
  it('shows a view, the shortcuts and the export choices', () => {
    const { t, handle } = targets();
    handle({ command: 'show-view', view: 'train' });
    handle({ command: 'show-shortcuts' });
    handle({ command: 'export' });
    expect(t.go).toHaveBeenCalledWith('train');
    expect(t.showShortcuts).toHaveBeenCalledTimes(1);
    expect(t.focusExport).toHaveBeenCalledTimes(1);
  });

  it('undoes and redoes in the design, not while a text field has the focus or elsewhere', () => {
    const design = targets('design');
    design.handle({ command: 'undo' });
    design.handle({ command: 'redo' });
    expect(design.t.undo).toHaveBeenCalledTimes(1);
    expect(design.t.redo).toHaveBeenCalledTimes(1);
    for (const other of [targets('design', true), targets('train')]) {
      other.handle({ command: 'undo' });
      other.handle({ command: 'redo' });
      expect(other.t.undo).not.toHaveBeenCalled();
      expect(other.t.redo).not.toHaveBeenCalled();
    }
  });

  it('hands an opened lesson to Labs and a data file to Data’s import', async () => {
    const { t, handle } = targets();
    handle({ command: 'open-lesson', fileName: 'intro.nnlab', bytes } satisfies AppCommand);
    expect(t.openLesson).toHaveBeenCalledWith({ fileName: 'intro.nnlab', bytes });
    expect(t.go).toHaveBeenLastCalledWith('labs');
    handle({ command: 'import-data', fileName: 'iris.csv', bytes });
    expect(t.go).toHaveBeenLastCalledWith('data');
    const file = t.importData.mock.calls[0][0] as File;
    expect(file.name).toBe('iris.csv');
    expect(await file.text()).toBe('x,y\n1,2\n');
  });
});

describe('deliverFiles', () => {
  const files = [{ fileName: 'm.csv', mime: 'text/csv', bytes }];
  it('reports what the desktop app saved or that it was cancelled, downloading nothing', () => {
    const doc = { createElement: vi.fn() } as unknown as Document;
    expect(deliverFiles({ files: [], saved: { saved: ['/d/m.csv'] } }, doc)).toEqual({
      kind: 'saved',
      paths: ['/d/m.csv'],
    });
    expect(deliverFiles({ files: [], saved: { cancelled: true } }, doc)).toEqual({
      kind: 'cancelled',
    });
    expect(doc.createElement).not.toHaveBeenCalled();
  });

  it('downloads the files in the browser', () => {
    const link = { click: vi.fn(), remove: vi.fn(), style: {} as CSSStyleDeclaration };
    const doc = {
      createElement: vi.fn(() => link),
      body: { append: vi.fn() },
    } as unknown as Document;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    expect(deliverFiles({ files }, doc)).toEqual({ kind: 'downloaded', names: ['m.csv'] });
    expect(link.click).toHaveBeenCalledTimes(1);
  });
});
