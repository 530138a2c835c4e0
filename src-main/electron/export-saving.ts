/**
 * The desktop app's exports: the same `export:*` calls as everywhere (and the lesson file and
 * progress report of teacher mode), but instead of handing the bytes to the page to download,
 * main saves them through native dialogs (save-dialogs.ts) and answers with what it wrote
 * (`saved`), or that the person cancelled. The local host keeps the plain handlers, so a
 * browser still downloads.
 */
import type { LabHandlers } from '../contract/handlers';
import { fail, ok, type Result } from '../contract/result';
import type { ExportedFiles, SaveOutcome } from '../contract/types';
import { ExportError } from '../export/export-error';
import { fileStem } from '../export/exportable-model';
import { pytorchProject } from '../export/pytorch/export-pytorch';
import type { FolderFile } from '../export/write-folder';
import type { Services } from '../services/services';
import { saveExportedFiles, saveProjectFolder, type SaveContext } from './save-dialogs';

/** The calls whose answer is files to save. */
export const SAVED_EXPORT_CALLS = [
  'export:model',
  'export:report',
  'export:dataset',
  'export:metrics',
  'export:pytorch',
  'lessons:export',
  'progress:report',
  'export:chart',
] as const;

export type SavedCall = (typeof SAVED_EXPORT_CALLS)[number];

export interface ExportSaving {
  saveFiles(files: ExportedFiles['files']): Promise<SaveOutcome>;
  /** a PyTorch project as its folder's name and files, written unzipped into a chosen folder */
  pytorchProject(experimentId: number): { name: string; files: FolderFile[] };
  saveProject(name: string, files: FolderFile[]): Promise<SaveOutcome>;
  /** told what a call saved (File ▸ Open Recent lists it) */
  saved?(call: SavedCall, paths: string[]): void;
}

/** Runs a save; a file that cannot be written is the call's error, naming the file. */
async function saving<T extends ExportedFiles>(
  value: T,
  save: () => Promise<SaveOutcome>,
  told: (paths: string[]) => void,
): Promise<Result<T>> {
  try {
    const outcome = await save();
    if ('saved' in outcome) told(outcome.saved);
    return ok({ ...value, files: [], saved: outcome });
  } catch (error) {
    if (error instanceof ExportError) return fail(error.code, error.message);
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}

/** `handlers` with the export calls saving through native dialogs. */
export function withNativeSaving(handlers: LabHandlers, saver: ExportSaving): LabHandlers {
  const wrapped = { ...handlers };
  for (const name of SAVED_EXPORT_CALLS) {
    const original = handlers[name] as (r: unknown, c: unknown) => Promise<unknown>;
    (wrapped as Record<SavedCall, unknown>)[name] = async (request: unknown, context: unknown) => {
      // the plain handler checks the request and makes the files, with its own errors
      const made = (await original(request, context)) as Result<ExportedFiles>;
      if (!made.ok) return made;
      const told = (paths: string[]) => saver.saved?.(name, paths);
      if (name === 'export:pytorch') {
        const { experimentId } = request as { experimentId: number };
        const project = saver.pytorchProject(experimentId);
        return saving(made.value, () => saver.saveProject(project.name, project.files), told);
      }
      return saving(made.value, () => saver.saveFiles(made.value.files), told);
    };
  }
  return wrapped;
}

/**
 * Saving through the native dialogs (save-dialogs.ts), a PyTorch project written as its
 * folder (the same files the ZIP holds, under the same name).
 * @param context the dialogs' context, made when a save starts (the window may have changed)
 */
export function dialogSaver(
  lab: Services,
  context: () => SaveContext,
  appVersion: string,
  saved?: ExportSaving['saved'],
): ExportSaving {
  return {
    saved,
    saveFiles: (files) => saveExportedFiles(files, context()),
    saveProject: (name, files) => saveProjectFolder(name, files, context()),
    pytorchProject: (experimentId) => ({
      name: `${fileStem(lab.store.experiments.get(experimentId)!.name)}-pytorch`,
      files: pytorchProject(lab, experimentId, appVersion).files.map((f) => ({
        path: f.path,
        bytes: f.text,
      })),
    }),
  };
}
