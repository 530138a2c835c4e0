/**
 * Where exported files go in the desktop app: one file through the native save dialog; several
 * (weights as CSV, one per layer; a PyTorch project) into a folder chosen with the native
 * folder dialog — never a burst of downloads. Writes are atomic; files already in the folder
 * are replaced only after the person agrees. Electron's dialog is passed in, so tests give a
 * recording stand-in.
 */
import type { BrowserWindow, Dialog } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../export/atomic-write';
import { writeFolderAtomic, type FolderFile } from '../export/write-folder';
import type { SaveOutcome } from '../contract/types';
import type { Logger } from '../logging/file-logger';
import type { Translate } from './main-messages';

export interface SaveContext {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  /** the dialogs' parent */
  window?: BrowserWindow;
  /** where the dialogs start (the Downloads folder) */
  defaultFolder: string;
  t: Translate;
  log: Pick<Logger, 'info'>;
}

interface NamedFile {
  fileName: string;
  bytes: Uint8Array;
}

async function showSave(context: SaveContext, file: NamedFile) {
  const extension = path.extname(file.fileName).slice(1);
  const options = {
    defaultPath: path.join(context.defaultFolder, file.fileName),
    filters: [
      ...(extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : []),
      { name: context.t('allFiles'), extensions: ['*'] },
    ],
  };
  return context.window
    ? context.dialog.showSaveDialog(context.window, options)
    : context.dialog.showSaveDialog(options);
}

/** Asks for a folder; undefined when cancelled. */
export async function chooseFolder(
  context: SaveContext,
  count: number,
): Promise<string | undefined> {
  const options = {
    title: context.t('chooseFolder', { count }),
    buttonLabel: context.t('saveHere'),
    defaultPath: context.defaultFolder,
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
  const answer = context.window
    ? await context.dialog.showOpenDialog(context.window, options)
    : await context.dialog.showOpenDialog(options);
  return answer.canceled ? undefined : answer.filePaths[0];
}

/** Whether the person agrees to replace `names` in `folder`. */
async function agreeToReplace(context: SaveContext, folder: string, names: string[]) {
  const options = {
    type: 'question' as const,
    title: context.t('replaceTitle'),
    message: context.t('replaceAsk', { folder, files: names.join(', ') }),
    buttons: [context.t('replace'), context.t('cancel')],
    defaultId: 1,
    cancelId: 1,
  };
  const { response } = context.window
    ? await context.dialog.showMessageBox(context.window, options)
    : await context.dialog.showMessageBox(options);
  return response === 0;
}

/**
 * Saves an export's files where the person chooses.
 * @throws ExportError('unavailable') when a file cannot be written (naming it)
 */
export async function saveExportedFiles(
  files: readonly NamedFile[],
  context: SaveContext,
): Promise<SaveOutcome> {
  if (files.length === 1) {
    const answer = await showSave(context, files[0]);
    if (answer.canceled || !answer.filePath) return { cancelled: true };
    // the native dialog has already asked before replacing an existing file
    await writeFileAtomic(answer.filePath, files[0].bytes, { force: true });
    context.log.info(`export saved: ${answer.filePath}`);
    return { saved: [answer.filePath] };
  }
  const folder = await chooseFolder(context, files.length);
  if (!folder) return { cancelled: true };
  const targets = files.map((f) => path.join(folder, path.basename(f.fileName)));
  const existing = targets.filter((t) => existsSync(t)).map((t) => path.basename(t));
  if (existing.length > 0 && !(await agreeToReplace(context, folder, existing))) {
    return { cancelled: true };
  }
  for (const [i, target] of targets.entries()) {
    await writeFileAtomic(target, files[i].bytes, { force: true });
  }
  context.log.info(`export saved: ${targets.join(', ')}`);
  return { saved: targets };
}

/**
 * Saves a project (files below one folder named `name`) inside a folder the person chooses,
 * all or nothing; an existing non-empty `name` folder is replaced only after asking.
 */
export async function saveProjectFolder(
  name: string,
  files: readonly FolderFile[],
  context: SaveContext,
): Promise<SaveOutcome> {
  const parent = await chooseFolder(context, files.length);
  if (!parent) return { cancelled: true };
  const target = path.join(parent, name);
  const force = existsSync(target);
  if (force && !(await agreeToReplace(context, parent, [name]))) return { cancelled: true };
  await writeFolderAtomic(target, files, { force });
  context.log.info(`export saved: ${target}${path.sep} (${files.length} files)`);
  return { saved: files.map((f) => path.join(target, f.path)) };
}
