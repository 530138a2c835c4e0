import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_VIEWS } from '../../../src-main/contract/app-command';
import { appMenuTemplate, type MenuActions } from '../../../src-main/electron/app-menu';
import { translator } from '../../../src-main/electron/main-messages';

type Item = MenuItemConstructorOptions;
const sub = (item: Item | undefined) => (item?.submenu ?? []) as Item[];

function actions(): MenuActions {
  const names = [
    'openLesson',
    'importData',
    'export',
    'backup',
    'openRecent',
    'clearRecent',
    'undo',
    'redo',
    'showView',
    'showShortcuts',
    'showLogs',
    'about',
  ] as const;
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as MenuActions;
}

function menu(overrides: Partial<Parameters<typeof appMenuTemplate>[0]> = {}) {
  const options = {
    isDev: false,
    isMac: false,
    appName: 'Neuron Lab',
    t: translator('en'),
    recent: [],
    actions: actions(),
    ...overrides,
  };
  const template = appMenuTemplate(options);
  const top = (label: string) => template.find((i) => i.label === label || i.role === label);
  const find = (menuLabel: string, label: string) =>
    sub(top(menuLabel)).find((i) => i.label === label);
  const click = (menuLabel: string, label: string) =>
    (find(menuLabel, label)!.click as () => void)();
  return { template, top, find, click, actions: options.actions };
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help, and an app menu on macOS only', () => {
    expect(menu().template.map((i) => i.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
    expect(menu({ isMac: true }).template.map((i) => i.label)[0]).toBe('Neuron Lab');
  });

  it('File opens a lesson, imports data, exports and backs up through its actions', () => {
    const m = menu();
    const items = sub(m.top('&File'));
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      'Open Lesson…',
      'Import Data…',
      'Open Recent',
      'separator',
      'Export…',
      'Back Up Database…',
      'separator',
      'Quit',
    ]);
    m.click('&File', 'Open Lesson…');
    m.click('&File', 'Import Data…');
    m.click('&File', 'Export…');
    m.click('&File', 'Back Up Database…');
    for (const a of ['openLesson', 'importData', 'export', 'backup'] as const)
      expect(m.actions[a]).toHaveBeenCalledTimes(1);
    expect(m.find('&File', 'Quit')?.role).toBe('quit');
  });

  it('Open Recent lists the files, a missing one marked, and clears', () => {
    const recent = [
      { path: '/l/intro.nnlab', kind: 'lesson' as const, openedAt: 'x', missing: false },
      { path: '/d/iris.csv', kind: 'data' as const, openedAt: 'x', missing: true },
    ];
    const m = menu({ recent });
    const items = sub(m.find('&File', 'Open Recent'));
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      'intro.nnlab',
      'iris.csv (missing)',
      'separator',
      'Clear Recent',
    ]);
    (items[1].click as () => void)();
    expect(m.actions.openRecent).toHaveBeenCalledWith(recent[1]);
    (items[3].click as () => void)();
    expect(m.actions.clearRecent).toHaveBeenCalled();
    expect(sub(menu().find('&File', 'Open Recent'))).toEqual([
      { label: 'No recent files', enabled: false },
    ]);
  });

  it('Edit’s undo and redo go to main (which reaches the editor), the rest are roles', () => {
    const m = menu();
    m.click('&Edit', 'Undo');
    m.click('&Edit', 'Redo');
    expect(m.actions.undo).toHaveBeenCalledTimes(1);
    expect(m.actions.redo).toHaveBeenCalledTimes(1);
    expect(m.find('&Edit', 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(sub(m.top('&Edit')).flatMap((i) => i.role ?? [])).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('View shows each of the six views on Ctrl/Cmd+1…6', () => {
    const m = menu();
    const views = sub(m.top('&View')).filter((i) => i.accelerator?.startsWith('CmdOrCtrl+'));
    expect(views.map((i) => i.accelerator)).toEqual(APP_VIEWS.map((_, i) => `CmdOrCtrl+${i + 1}`));
    for (const item of views) (item.click as () => void)();
    expect(vi.mocked(m.actions.showView).mock.calls.map(([v]) => v)).toEqual([...APP_VIEWS]);
  });

  it('View has reload, zoom and full screen; developer tools in development only', () => {
    const roles = (isDev: boolean) =>
      sub(menu({ isDev }).top('&View')).flatMap((i) => i.role ?? []);
    expect(roles(false)).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'forceReload']));
  });

  it('Help shows the shortcuts, the logs and About', () => {
    const m = menu();
    m.click('&Help', 'Keyboard Shortcuts');
    m.click('&Help', 'Show Logs');
    m.click('&Help', 'About Neuron Lab');
    for (const a of ['showShortcuts', 'showLogs', 'about'] as const)
      expect(m.actions[a]).toHaveBeenCalledTimes(1);
  });

  it('follows the app’s language', () => {
    const m = menu({ t: translator('es') });
    expect(m.template.map((i) => i.label)).toEqual([
      '&Archivo',
      '&Edición',
      '&Ver',
      'Ve&ntana',
      'A&yuda',
    ]);
    expect(m.find('&Archivo', 'Abrir lección…')?.label).toBe('Abrir lección…');
    expect(m.find('&Ver', 'Entrenar')?.accelerator).toBe('CmdOrCtrl+4');
  });
});
