/**
 * File ▸ Open Recent: the lessons and data files opened last and the files the app saved
 * (exports, charts; newest first, at most 10), kept in `<data folder>/recent-files.json`. A file that has gone since is not dropped
 * silently: opening it says it is missing, and the list offers to forget it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/file-logger';
import { readJsonState, writeJsonState } from './json-state-file';

/** A lesson or data file opens in the lab; a file the app saved (a report, a model, a
 * chart, a folder of files) opens in the system's own application for it. */
export type RecentKind = 'lesson' | 'data' | 'saved';

export interface RecentFile {
  path: string;
  kind: RecentKind;
  /** ISO time it was last opened */
  openedAt: string;
}

export const RECENT_FILES_NAME = 'recent-files.json';
export const MAX_RECENT_FILES = 10;

function parseRecent(json: unknown): RecentFile[] | undefined {
  if (!Array.isArray(json)) return undefined;
  const entries = json.filter(
    (e): e is RecentFile =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.path === 'string' &&
      path.isAbsolute(e.path) &&
      (e.kind === 'lesson' || e.kind === 'data' || e.kind === 'saved') &&
      typeof e.openedAt === 'string',
  );
  return entries.length === json.length ? entries.slice(0, MAX_RECENT_FILES) : undefined;
}

/** A recent file as the menu shows it: whether it still exists is checked when listed. */
export interface RecentEntry extends RecentFile {
  missing: boolean;
}

export class RecentFiles {
  private entries: RecentFile[];
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly log: Pick<Logger, 'warn'>,
    private readonly now: () => Date = () => new Date(),
    private readonly exists: (file: string) => boolean = existsSync,
  ) {
    this.file = path.join(dataDir, RECENT_FILES_NAME);
    this.entries = readJsonState(this.file, parseRecent, [], log);
  }

  /** Newest first, each marked missing when the file is gone. */
  list(): RecentEntry[] {
    return this.entries.map((e) => ({ ...e, missing: !this.exists(e.path) }));
  }

  /** Puts a file at the top (once), keeping the newest MAX_RECENT_FILES. */
  async add(file: string, kind: RecentKind): Promise<void> {
    const full = path.resolve(file);
    const entry = { path: full, kind, openedAt: this.now().toISOString() };
    this.entries = [entry, ...this.entries.filter((e) => e.path !== full)].slice(
      0,
      MAX_RECENT_FILES,
    );
    await this.save();
  }

  /** Forgets one file (the person chose to, after it was reported missing). */
  async remove(file: string): Promise<void> {
    this.entries = this.entries.filter((e) => e.path !== file);
    await this.save();
  }

  async clear(): Promise<void> {
    this.entries = [];
    await this.save();
  }

  private async save(): Promise<void> {
    await writeJsonState(this.file, this.entries, this.log);
  }
}

/**
 * What a save adds to the list: a dataset's CSV as data (the Data view imports it again), any
 * other single file as saved, and several files (weights per layer, a PyTorch project) as
 * their folder.
 */
export function recentOfSave(
  call: string,
  paths: readonly string[],
): { path: string; kind: RecentKind } | undefined {
  if (paths.length === 0) return undefined;
  if (paths.length === 1) {
    return { path: paths[0], kind: call === 'export:dataset' ? 'data' : 'saved' };
  }
  let folder = path.dirname(paths[0]);
  while (!paths.every((p) => p.startsWith(folder + path.sep)) && path.dirname(folder) !== folder) {
    folder = path.dirname(folder);
  }
  return { path: folder, kind: 'saved' };
}
