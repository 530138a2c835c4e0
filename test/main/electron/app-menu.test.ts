import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../../src-main/electron/app-menu';
import type { MenuItemConstructorOptions } from 'electron';

/** Every role and label in a template, depth first. */
function items(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    item.role ?? item.label ?? item.type ?? '',
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  const options = { isDev: false, isMac: false, appName: 'Neuron Lab', onAbout: vi.fn() };

  it('has the usual editing, zoom, full-screen and window items', () => {
    const all = items(appMenuTemplate(options));
    for (const role of [
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
      'quit',
    ]) {
      expect(all).toContain(role);
    }
  });

  it('offers reload and developer tools in development only', () => {
    expect(items(appMenuTemplate(options))).not.toContain('reload');
    expect(items(appMenuTemplate(options))).not.toContain('toggleDevTools');
    expect(items(appMenuTemplate({ ...options, isDev: true }))).toContain('reload');
  });

  it('shows About from Help', () => {
    const help = appMenuTemplate(options).find((item) => item.role === 'help');
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    expect(about.label).toBe('About Neuron Lab');
    (about.click as () => void)();
    expect(options.onAbout).toHaveBeenCalled();
  });
});
