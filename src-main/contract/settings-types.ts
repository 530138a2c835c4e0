/** What the `settings:*` calls answer: the settings, and what a person must hear about them. */
import type { LANGUAGES, THEMES } from './schemas/settings';

export type Language = (typeof LANGUAGES)[number];
export type ThemeSetting = (typeof THEMES)[number];

export interface Settings {
  language: Language;
  theme: ThemeSetting;
  parallelRuns: 'auto' | number;
  /** where the database lives; null: the app's own folder */
  dataFolder: string | null;
}

export type SettingName = keyof Settings;

/** A field of settings.json that could not be used and was reset to its default. */
export interface SettingReset {
  /** the field, or '*' when the whole file could not be read */
  field: SettingName | '*';
  /** what was wrong, for a window to say in its language */
  kind: 'unreadable' | 'not-json' | 'not-object' | 'invalid-value' | 'folder-gone';
  /** the value that could not be used, as the file held it (shortened) */
  value?: string;
  /** what was wrong, in English words (the command line and the start-up notice) */
  reason: string;
}

export interface SettingsState {
  settings: Settings;
  /** the settings file */
  file: string;
  /** the fields the file holds (the rest are defaults) */
  stored: SettingName[];
  /** fields reset to their default on reading, and why; empty once a valid file is saved */
  resets: SettingReset[];
  /** where a copy of a damaged file was kept, if one was */
  damagedCopy?: string;
  /** fields of the file this version does not know: kept as they are, not used */
  unknownFields: string[];
  /** the number of cores ('auto' parallel runs) */
  cores: number;
  /** the database's folder now; the app's own folder (the default); whether this host lets
   * it be changed; the one used after a restart when a change is waiting */
  dataFolder: { current: string; own: string; changeable: boolean; afterRestart?: string };
}
