// The settings store against a fake lab client, with the few browser globals it touches
// stubbed: what it applies at start-up, the one-time move of the old theme, a failed save.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsState } from '../../../src-main/contract/settings-types';

const calls: { name: string; payload: unknown }[] = [];
let answers: Record<string, (payload: Record<string, unknown>) => unknown> = {};
vi.mock('../../../src-renderer/api', () => ({
  useLab: () => ({
    call: async (name: string, payload: Record<string, unknown> = {}) => {
      calls.push({ name, payload });
      return answers[name](payload);
    },
  }),
}));

const stored = new Map<string, string>();
const root = { lang: '', dataset: {} as Record<string, string> };
vi.stubGlobal('document', { documentElement: root });
vi.stubGlobal('window', {
  matchMedia: () => ({ matches: false, addEventListener: () => {} }),
});
vi.stubGlobal('localStorage', {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => void stored.set(k, v),
  removeItem: (k: string) => void stored.delete(k),
});

const { useSettingsStore } = await import('../../../src-renderer/stores/settings');
const { useAppStore } = await import('../../../src-renderer/stores/app');
const { i18n } = await import('../../../src-renderer/i18n');

function state(over: Partial<SettingsState> = {}): SettingsState {
  return {
    settings: { language: 'en', theme: 'system', parallelRuns: 'auto', dataFolder: null },
    file: '/data/settings.json',
    stored: [],
    resets: [],
    unknownFields: [],
    cores: 2,
    dataFolder: { current: '/data', own: '/data', changeable: false },
    ...over,
  };
}

beforeEach(() => {
  setActivePinia(createPinia());
  calls.length = 0;
  stored.clear();
  i18n.global.locale.value = 'en';
  answers = {
    'settings:set': (change) => ({
      ok: true,
      value: state({ settings: { ...state().settings, ...change } }),
    }),
  };
});

describe('the settings store', () => {
  it('applies the language and the theme it loads, and keeps what main reset', async () => {
    const reset = { field: 'theme' as const, kind: 'invalid-value' as const, reason: 'bad' };
    answers['settings:get'] = () => ({
      ok: true,
      value: state({
        settings: { ...state().settings, language: 'es', theme: 'dark' },
        stored: ['language', 'theme'],
        resets: [reset],
      }),
    });
    await useSettingsStore().load();
    expect(i18n.global.locale.value).toBe('es');
    expect(root.lang).toBe('es');
    expect(useAppStore().themePreference).toBe('dark');
    expect(useSettingsStore().startupResets).toEqual([reset]);
  });

  it('moves a theme kept in this browser into the settings once, then forgets it', async () => {
    stored.set('neuron-lab.theme', 'dark');
    answers['settings:get'] = () => ({ ok: true, value: state() });
    await useSettingsStore().load();
    expect(calls.map((c) => c.name)).toEqual(['settings:get', 'settings:set']);
    expect(calls[1].payload).toEqual({ theme: 'dark' });
    expect(useAppStore().themePreference).toBe('dark');
    expect(stored.has('neuron-lab.theme')).toBe(false);
  });

  it('a theme the file has already wins over the old one, which is forgotten', async () => {
    stored.set('neuron-lab.theme', 'dark');
    answers['settings:get'] = () => ({
      ok: true,
      value: state({ settings: { ...state().settings, theme: 'light' }, stored: ['theme'] }),
    });
    await useSettingsStore().load();
    expect(calls.map((c) => c.name)).toEqual(['settings:get']);
    expect(useAppStore().themePreference).toBe('light');
    expect(stored.has('neuron-lab.theme')).toBe(false);
  });

  it('a settings load that fails says why and leaves the defaults', async () => {
    answers['settings:get'] = () => ({
      ok: false,
      error: { code: 'disconnected', message: 'connection lost' },
    });
    await useSettingsStore().load();
    expect(useSettingsStore().error).toMatch(/could not be loaded \(connection lost\)/);
    expect(i18n.global.locale.value).toBe('en');
  });

  it('a failed save says why and shows the settings main still has', async () => {
    answers['settings:get'] = () => ({ ok: true, value: state() });
    answers['settings:set'] = () => ({
      ok: false,
      error: { code: 'storage', message: 'disk full' },
    });
    const settings = useSettingsStore();
    await settings.load();
    settings.chooseTheme('dark');
    await vi.waitFor(() => expect(settings.error).toMatch(/could not be saved: disk full/));
    expect(useAppStore().themePreference).toBe('system');
  });
});
