/**
 * Files the desktop app is asked to open — File ▸ Open Lesson… / Import Data…, Open Recent, a
 * `.nnlab` double-clicked (first start's arguments, a second instance's, macOS `open-file`) —
 * read here and handed to the page as an `app:command` (the Labs view's lesson import, the
 * Data view's import). Requests that come before the page is ready wait for it. A file that
 * cannot be opened says why in a message box, and in the log.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppCommand } from '../contract/app-command';
import { MAX_UPLOAD_BYTES } from '../contract/schemas/datasets';
import { LESSON_EXTENSION, MAX_LESSON_BYTES } from '../lessons/lesson-format';
import type { Logger } from '../logging/file-logger';
import type { Translate } from './main-messages';
import type { RecentFiles, RecentKind } from './recent-files';

/** What the lab itself opens (a saved export opens in the system's application). */
export type OpenedKind = Exclude<RecentKind, 'saved'>;

const LIMITS: Record<OpenedKind, number> = { lesson: MAX_LESSON_BYTES, data: MAX_UPLOAD_BYTES };

/**
 * The lesson files among a process's arguments (`neuron-lab intro.nnlab`, or what the file
 * manager passes), resolved against `cwd`; flags and the executable are skipped.
 */
export function lessonPathsInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(LESSON_EXTENSION))
    .map((a) => path.resolve(cwd, a));
}

export interface FileOpenerOptions {
  send: (command: AppCommand) => void;
  recent: RecentFiles;
  log: Pick<Logger, 'info' | 'warn'>;
  t: Translate;
  /** a message box: resolves with the index of the button chosen */
  ask: (message: string, buttons: string[]) => Promise<number>;
  /** called after the recent list changed (the menu is rebuilt) */
  onRecentChanged: () => void;
}

export class FileOpener {
  private ready = false;
  private readonly waiting: Array<() => Promise<void>> = [];

  constructor(private readonly options: FileOpenerOptions) {}

  /** Opens `file` in the page, now or once the page is ready. */
  open(file: string, kind: OpenedKind): Promise<void> {
    const work = () => this.deliver(path.resolve(file), kind);
    if (this.ready) return work();
    this.options.log.info(`${file}: will open once the window is ready`);
    this.waiting.push(work);
    return Promise.resolve();
  }

  /** The page has loaded (and again after a reload): waiting requests go now. */
  async pageReady(): Promise<void> {
    this.ready = true;
    for (const work of this.waiting.splice(0)) await work();
  }

  /** The page went away (reload, crash): requests wait for the next one. */
  pageGone(): void {
    this.ready = false;
  }

  private async deliver(file: string, kind: OpenedKind): Promise<void> {
    const { send, recent, log, t, ask, onRecentChanged } = this.options;
    const fileName = path.basename(file);
    let bytes: Uint8Array;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > LIMITS[kind]) {
        throw new Error(
          `${(info.size / 2 ** 20).toFixed(0)} MiB, more than the ${LIMITS[kind] / 2 ** 20} MiB allowed`,
        );
      }
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const reason = (error as Error).message;
      log.warn(`${file} could not be opened: ${reason}`);
      const listed = recent.list().some((e) => e.path === file);
      if (missing && listed) {
        // reported, and forgotten only if the person says so
        const choice = await ask(t('fileMissing', { file }), [t('forget'), t('keep')]);
        if (choice === 0) {
          await recent.remove(file);
          onRecentChanged();
        }
      } else {
        await ask(missing ? t('fileMissing', { file }) : t('openFailed', { file, reason }), ['OK']);
      }
      return;
    }
    log.info(`opening ${kind} ${file} (${bytes.length} bytes)`);
    send({ command: kind === 'lesson' ? 'open-lesson' : 'import-data', fileName, bytes });
    await recent.add(file, kind);
    onRecentChanged();
  }
}
