/**
 * The person's settings, kept in settings.json in the app's folder: read once at start-up,
 * changed through `settings:set`, each change written atomically (a temporary file renamed
 * over the old one, so a crash leaves the old settings or the new, never half of either).
 */
import { mkdirSync, accessSync, constants, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Settings, SettingsState } from '../contract/settings-types';
import { writeFileAtomic } from '../export/atomic-write';
import { folderFixedAtStart, folderUnusable, notFullPath, notSaved } from './settings-error';
import { readSettingsFile, SETTING_NAMES, SETTINGS_FILE, type SettingsRead } from './settings-file';

export interface SettingsServiceOptions {
  /** the folder settings.json lives in (Electron: userData; local host: --data-dir) */
  folder: string;
  /** only the desktop app may move its database; the local host is given its folder */
  host: 'electron' | 'local';
  cores?: number;
  /** test hook: runs between writing the temporary file and renaming it */
  beforeRename?: (temp: string) => void | Promise<void>;
}

export class SettingsService {
  private read: SettingsRead;
  private readonly file: string;
  private readonly cores: number;
  /** the database's folder for this session (a change waits for a restart) */
  readonly dataFolder: string;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(private readonly options: SettingsServiceOptions) {
    this.file = path.join(options.folder, SETTINGS_FILE);
    this.cores = options.cores ?? availableParallelism();
    this.read = readSettingsFile(this.file);
    this.dataFolder = this.startFolder();
  }

  get settings(): Settings {
    return { ...this.read.settings };
  }

  /** How many runs may train at once. */
  get parallelRuns(): number {
    const chosen = this.read.settings.parallelRuns;
    return chosen === 'auto' ? this.cores : chosen;
  }

  get state(): SettingsState {
    const chosen = this.read.settings.dataFolder ?? this.options.folder;
    const changeable = this.options.host === 'electron';
    return {
      settings: this.settings,
      file: this.file,
      stored: [...this.read.stored],
      resets: this.read.resets.map((r) => ({ ...r })),
      damagedCopy: this.read.damagedCopy,
      unknownFields: Object.keys(this.read.unknown),
      cores: this.cores,
      dataFolder: {
        current: this.dataFolder,
        own: this.options.folder,
        changeable,
        afterRestart: changeable && chosen !== this.dataFolder ? chosen : undefined,
      },
    };
  }

  /** Calls `listener` with the settings after every change. @returns a function that stops it */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Changes some settings and writes the file.
   * @throws SettingsError: 'read-only' for the data folder outside the desktop app,
   *   'invalid-setting' for a folder that cannot hold the database, 'storage' when the file
   *   cannot be written (the settings then stay as they were)
   */
  async set(change: Partial<Settings>): Promise<SettingsState> {
    if (change.dataFolder !== undefined) this.checkFolder(change.dataFolder);
    const next: Settings = { ...this.read.settings, ...change };
    if (next.dataFolder === this.options.folder) next.dataFolder = null;
    const json = `${JSON.stringify({ ...this.read.unknown, ...next }, null, 2)}\n`;
    try {
      await writeFileAtomic(this.file, json, {
        force: true,
        beforeRename: this.options.beforeRename,
      });
    } catch (error) {
      throw notSaved(error, this.file);
    }
    this.read = {
      settings: next,
      stored: [...SETTING_NAMES],
      resets: [],
      unknown: this.read.unknown,
    };
    for (const listener of this.listeners) listener(this.settings);
    return this.state;
  }

  private checkFolder(folder: string | null): void {
    if (this.options.host !== 'electron') {
      throw folderFixedAtStart();
    }
    if (folder === null) return;
    if (!path.isAbsolute(folder)) {
      throw notFullPath(folder);
    }
    try {
      mkdirSync(folder, { recursive: true });
      accessSync(folder, constants.W_OK);
    } catch (error) {
      throw folderUnusable(folder, error);
    }
  }

  /** The desktop app's chosen folder, unless it is gone (then the app's own, and a reset says so). */
  private startFolder(): string {
    const chosen = this.read.settings.dataFolder;
    if (this.options.host !== 'electron' || chosen === null) return this.options.folder;
    try {
      if (statSync(chosen).isDirectory()) return chosen;
    } catch {
      // reported below
    }
    this.read.settings.dataFolder = null;
    this.read.resets.push({
      field: 'dataFolder',
      kind: 'folder-gone',
      value: chosen,
      reason: `${chosen} is not a folder that can be reached now, so the database in ${this.options.folder} is used`,
    });
    return this.options.folder;
  }
}
