/**
 * Reading settings.json: each known field is validated on its own, so one damaged value
 * resets only itself, and every reset says why. A file that is not JSON at all is copied
 * aside before anything could overwrite it, so a person can still look at what it held.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { settingFields } from '../contract/schemas/settings';
import type { SettingName, SettingReset, Settings } from '../contract/settings-types';

export const SETTINGS_FILE = 'settings.json';

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  theme: 'system',
  parallelRuns: 'auto',
  dataFolder: null,
};

/** Every setting's name. */
export const SETTING_NAMES = Object.keys(settingFields) as SettingName[];

/** What was read from a settings file. */
export interface SettingsRead {
  settings: Settings;
  stored: SettingName[];
  resets: SettingReset[];
  /** fields this version does not know, kept to be written back unchanged */
  unknown: Record<string, unknown>;
  damagedCopy?: string;
}

/**
 * Reads a settings file; a missing file gives the defaults with nothing to report.
 * @param file the settings file's path
 * @param now the time a damaged copy is named after (a parameter for tests)
 */
export function readSettingsFile(file: string, now = new Date()): SettingsRead {
  const fresh: SettingsRead = {
    settings: { ...DEFAULT_SETTINGS },
    stored: [],
    resets: [],
    unknown: {},
  };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh;
    const reason = `${file} could not be read (${(error as Error).message}); every setting is at its default`;
    return { ...fresh, resets: [{ field: '*', kind: 'unreadable', reason }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return damaged(fresh, file, now, 'not-json', `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return damaged(fresh, file, now, 'not-object', 'does not hold a JSON object');
  }
  return readFields(parsed as Record<string, unknown>, fresh);
}

function readFields(raw: Record<string, unknown>, out: SettingsRead): SettingsRead {
  for (const [key, value] of Object.entries(raw)) {
    if (!(SETTING_NAMES as string[]).includes(key)) {
      out.unknown[key] = value;
      continue;
    }
    const name = key as SettingName;
    const checked = settingFields[name].safeParse(value);
    if (checked.success) {
      (out.settings as unknown as Record<string, unknown>)[name] = checked.data;
      out.stored.push(name);
    } else {
      const was = JSON.stringify(value)?.slice(0, 80) ?? String(value);
      const reason = `${was} is not a valid value: ${checked.error.issues[0]?.message ?? 'refused'}; reset to ${JSON.stringify(DEFAULT_SETTINGS[name])}`;
      out.resets.push({ field: name, kind: 'invalid-value', value: was, reason });
    }
  }
  return out;
}

function damaged(
  fresh: SettingsRead,
  file: string,
  now: Date,
  kind: SettingReset['kind'],
  what: string,
): SettingsRead {
  const copy = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  let kept: string | undefined;
  try {
    copyFileSync(file, copy);
    kept = copy;
  } catch {
    // the reason below says no copy was kept
  }
  const where = kept ? `; it was kept as ${kept}` : '; no copy of it could be kept';
  return {
    ...fresh,
    resets: [
      { field: '*', kind, reason: `${file} ${what}, so every setting is at its default${where}` },
    ],
    damagedCopy: kept,
  };
}
