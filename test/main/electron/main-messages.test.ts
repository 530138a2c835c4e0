import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  MAIN_MESSAGES,
  settingsLanguage,
  settingsTranslator,
  translator,
} from '../../../src-main/electron/main-messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the main process’s messages', () => {
  it('has every English message in Spanish, with the same placeholders, translated', () => {
    const { en, es } = MAIN_MESSAGES;
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === es[k]);
    expect(same).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('es');
    expect(t('about', { app: 'Neuron Lab' })).toBe('Acerca de Neuron Lab');
    expect(translator('en')('backupDone', { file: '/b.db' })).toBe(
      'The database was backed up to /b.db ({size}).',
    );
  });
});

describe('settingsLanguage', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'neuron-settings-'));

  it('reads the language from settings.json in the data folder', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ language: 'es', theme: 'dark' }));
    expect(settingsLanguage(d, { warn: vi.fn() })).toBe('es');
  });

  it('is English without a settings file (quietly) or with a bad one (logged)', () => {
    const log = { warn: vi.fn() };
    const d = dir();
    expect(settingsLanguage(d, log)).toBe('en');
    expect(log.warn).not.toHaveBeenCalled();
    writeFileSync(join(d, 'settings.json'), '{"language": "fr"}');
    expect(settingsLanguage(d, log)).toBe('en');
    expect(log.warn).toHaveBeenLastCalledWith(expect.stringContaining('"fr" has no menus'));
    writeFileSync(join(d, 'settings.json'), '{"language": "__proto__"}');
    expect(settingsLanguage(d, log)).toBe('en');
    writeFileSync(join(d, 'settings.json'), 'nope');
    expect(settingsLanguage(d, log)).toBe('en');
    expect(log.warn).toHaveBeenCalledTimes(3);
  });
});

describe('settingsTranslator', () => {
  it('follows the language when settings.json changes, and says so once', async () => {
    const d = mkdtempSync(join(tmpdir(), 'neuron-settings-'));
    const log = { warn: vi.fn(), info: vi.fn() };
    const onChange = vi.fn();
    const language = settingsTranslator(d, log, onChange);
    try {
      expect(language.t('quit')).toBe('Quit');
      writeFileSync(join(d, 'settings.json'), JSON.stringify({ language: 'es' }));
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 5000 });
      expect(language.t('quit')).toBe('Salir');
      expect(log.info).toHaveBeenCalledWith('menus now in es (settings.json changed)');
      language.reload(); // unchanged: no second rebuild
      writeFileSync(join(d, 'other.json'), '{}');
      await new Promise((r) => setTimeout(r, 100));
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      language.close();
    }
  });

  it('keeps the start’s language where the folder cannot be watched, and logs it', () => {
    const log = { warn: vi.fn(), info: vi.fn() };
    const language = settingsTranslator(join(tmpdir(), 'no-such-neuron-dir'), log, vi.fn());
    expect(language.t('quit')).toBe('Quit');
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('cannot be watched'));
  });
});
