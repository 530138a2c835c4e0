/**
 * Importing a file: sent to main in chunks (from the picker, a drop or the shipped sample; up
 * to the importer's 200 MB, with progress and cancel), the importer's preview, the person's
 * choices (reading options, column types and roles, missing values, the task), the report of what importing with them does — asked again at every change, so
 * it is on screen before the import is confirmed — and the import itself, with its progress
 * and an error's place in the preview.
 */
import { i18n } from '../i18n';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { DatasetPreview, ImportReport } from '../../src-main/contract/types';
import { useLab } from '../api';
import { fileProblem, newRequestId } from '../data/file-reading';
import { uploadFile } from '../data/upload-file';
import {
  defaultRoles,
  importChoice,
  rolesProblem as problemOfRoles,
  withRole,
  type ColumnRole,
  type ColumnType,
  type MissingPolicy,
  type Task,
} from '../data/import-choice';
import {
  parseErrorPlace,
  previewCellOf,
  type ErrorPlace,
  type PreviewCell,
} from '../data/import-error-place';
import { useDataStore } from './data';

import type { Delimiter, ReadOptions } from '../data/read-options';
import { errorText } from '../i18n/error-text';

export type { ColumnRole, ColumnType, Delimiter, MissingPolicy, ReadOptions, Task };

type Phase = 'idle' | 'uploading' | 'previewing' | 'importing';

export const useDataImportStore = defineStore('data-import', () => {
  const lab = useLab();
  const data = useDataStore();

  const file = shallowRef<{ name: string; blob: Blob } | null>(null);
  /** the file as main has it (datasets:upload), while it is previewed and imported */
  let uploadId: string | null = null;
  /** stops the upload under way, between two chunks */
  let uploading: AbortController | null = null;
  /** the person cancelled: what fails from here is not an error to show */
  const cancelled = ref(false);
  const preview = shallowRef<DatasetPreview | null>(null);
  const options = ref<ReadOptions>({});
  const roles = ref<ColumnRole[]>([]);
  const types = ref<ColumnType[]>([]);
  const missing = ref<MissingPolicy>('drop');
  /** the task the person chose; null: as the data says */
  const chosenTask = ref<Task | null>(null);
  /** what importing with the current choices does, or why it cannot */
  const report = shallowRef<ImportReport | null>(null);
  const reportError = ref<string | null>(null);
  let plans = 0;
  const name = ref('');
  const phase = ref<Phase>('idle');
  const progress = ref<{ bytes: number; total: number } | null>(null);
  const error = ref<string | null>(null);
  /** the preview cell an import error points to (-1 parts: not known or not shown) */
  const errorCell = ref<PreviewCell | null>(null);
  /** the row and column the last import error names, as the message numbers them */
  const errorPlace = ref<ErrorPlace | null>(null);
  let requestId = '';

  lab.on('datasets:importProgress', (event) => {
    if (event.requestId === requestId) progress.value = { bytes: event.bytes, total: event.total };
  });

  const targetIndex = computed(() => roles.value.indexOf('target'));
  /** what the last role change did to another column, said beside the roles */
  const roleNote = ref<string | null>(null);
  const rolesProblem = computed(() => (preview.value ? problemOfRoles(roles.value) : null));
  /** the task the import will have: the report's, else what the target's type suggests */
  const task = computed<Task>(
    () =>
      report.value?.task.task ??
      chosenTask.value ??
      (types.value[targetIndex.value] === 'categorical' ? 'classification' : 'regression'),
  );

  function choice() {
    return importChoice(preview.value!, roles.value, types.value, missing.value, chosenTask.value);
  }

  /** Asks for the report of the current choices (the latest answer wins). */
  async function replan(): Promise<void> {
    const p = preview.value;
    if (!p) return;
    const mine = ++plans;
    const result = await lab.call('datasets:plan', { previewId: p.previewId, ...choice() });
    if (mine !== plans || preview.value !== p) return;
    // main let the table go (other windows previewed many files): read the file again
    if (!result.ok && result.error.code === 'expired') return runPreview(false);
    report.value = result.ok ? result.value : null;
    reportError.value = result.ok ? null : errorText(result.error);
  }

  function clearMessages(): void {
    error.value = null;
    errorCell.value = null;
    errorPlace.value = null;
    data.notice = null;
  }

  /** Takes a file from the picker or a drop and previews it. */
  async function openFile(picked: File): Promise<void> {
    clearMessages();
    const problem = fileProblem(picked);
    if (problem) {
      error.value = problem;
      return;
    }
    await start(picked.name, picked);
  }

  /** Previews text that is already at hand (the shipped sample file). */
  async function openText(fileName: string, text: string): Promise<void> {
    clearMessages();
    await start(fileName, new Blob([text]));
  }

  /** Lets main drop the uploaded file (imported, closed, or another file came). */
  function release(): void {
    if (uploadId) void lab.call('datasets:upload', { step: 'cancel', uploadId });
    uploadId = null;
  }

  async function start(fileName: string, blob: Blob): Promise<void> {
    uploading?.abort();
    release();
    cancelled.value = false;
    file.value = { name: fileName, blob };
    preview.value = null;
    options.value = {};
    name.value = fileName.replace(/\.[^.]+$/, '');
    chosenTask.value = null;
    missing.value = 'drop';
    await runPreview(true);
  }

  /** Sends the file to main unless it has it already. @returns false when it could not */
  async function ensureUploaded(current: { name: string; blob: Blob }): Promise<boolean> {
    if (uploadId) return true;
    phase.value = 'uploading';
    progress.value = { bytes: 0, total: current.blob.size };
    const controller = new AbortController();
    uploading = controller;
    const sent = await uploadFile(lab, current.blob, current.name, {
      signal: controller.signal,
      onProgress: (bytes, total) => {
        if (file.value === current) progress.value = { bytes, total };
      },
    });
    if (uploading === controller) uploading = null;
    if (file.value !== current) {
      if (sent.ok) void lab.call('datasets:upload', { step: 'cancel', uploadId: sent.value });
      return false;
    }
    if (!sent.ok) {
      preview.value = null;
      if (!cancelled.value) error.value = errorText(sent.error);
      return false;
    }
    uploadId = sent.value;
    return true;
  }

  /** Asks the importer for a preview; `fresh` resets the column choices to the defaults. */
  async function runPreview(fresh: boolean): Promise<void> {
    const current = file.value;
    if (!current) return;
    try {
      if (!(await ensureUploaded(current))) return;
      phase.value = 'previewing';
      progress.value = { bytes: 0, total: current.blob.size };
      requestId = newRequestId();
      const result = await lab.call('datasets:preview', {
        fileName: current.name,
        uploadId: uploadId!,
        requestId,
        options: options.value,
      });
      if (file.value !== current) return; // another file came meanwhile
      if (!result.ok) {
        preview.value = null;
        if (!cancelled.value) error.value = errorText(result.error);
        return;
      }
      const p = result.value;
      const sameColumns =
        preview.value?.columns.map((c) => c.name).join('\u0000') ===
        p.columns.map((c) => c.name).join('\u0000');
      preview.value = p;
      options.value = {
        delimiter: p.delimiter ?? undefined,
        header: p.header,
        decimalComma: p.decimalComma,
        ...(p.sheet !== null ? { sheet: p.sheet } : {}),
      };
      if (fresh || !sameColumns) {
        roles.value = defaultRoles(p.columns.length);
        roleNote.value = null;
        types.value = p.columns.map((c) => c.type);
        chosenTask.value = null;
        report.value = p.report;
        reportError.value = p.reportError;
        plans++;
      } else {
        void replan();
      }
    } finally {
      if (file.value === current) {
        phase.value = 'idle';
        progress.value = null;
      }
    }
  }

  /** Changes a reading option and previews again. */
  async function setOption<K extends keyof ReadOptions>(
    key: K,
    value: ReadOptions[K],
  ): Promise<void> {
    clearMessages();
    options.value = { ...options.value, [key]: value };
    await runPreview(false);
  }

  /** Sets a column's role; choosing a new target makes the old one an input. */
  function setRole(index: number, role: ColumnRole): void {
    const names = preview.value?.columns.map((c) => c.name) ?? [];
    const next = withRole(roles.value, index, role, names);
    if (role === 'target') chosenTask.value = null;
    roles.value = next.roles;
    roleNote.value = next.note;
    errorCell.value = null;
    void replan();
  }

  function setType(index: number, type: ColumnType): void {
    const next = [...types.value];
    next[index] = type;
    types.value = next;
    errorCell.value = null;
    void replan();
  }

  function setMissing(policy: MissingPolicy): void {
    missing.value = policy;
    void replan();
  }

  /** Chooses the task (null: as the data says). */
  function setTask(next: Task | null): void {
    chosenTask.value = next;
    void replan();
  }

  /** Imports the file with the choices made, then chooses the new dataset. */
  async function importFile(): Promise<boolean> {
    const current = file.value;
    const p = preview.value;
    if (!current || !p || phase.value !== 'idle' || rolesProblem.value) return false;
    clearMessages();
    phase.value = 'importing';
    progress.value = { bytes: 0, total: current.blob.size };
    requestId = newRequestId();
    try {
      const request = {
        fileName: current.name,
        requestId,
        name: name.value.trim() || undefined,
        ...choice(),
        split: data.splitFor(task.value),
      };
      // the table the preview read; the file again only if main let it go meanwhile
      let result = await lab.call('datasets:import', { ...request, previewId: p.previewId });
      if (!result.ok && result.error.code === 'expired' && uploadId) {
        result = await lab.call('datasets:import', {
          ...request,
          uploadId,
          options: options.value,
        });
      }
      if (cancelled.value) {
        // the cancel came while main was storing it: say what happened rather than hide it
        if (result.ok) {
          await data.loadStored();
          data.notice = i18n.global.t('data.notice.storedBeforeCancel', {
            name: result.value.name,
          });
        }
        return false;
      }
      if (!result.ok) {
        error.value = errorText(result.error);
        // the place is read from main's English text, whatever the language shown
        errorPlace.value = parseErrorPlace(result.error.message, current.name);
        errorCell.value = previewCellOf(errorPlace.value, p);
        return false;
      }
      await data.choose(result.value.id);
      await data.loadStored();
      const { rowsRead, rowsDropped } = result.value.report;
      const dropped =
        rowsDropped > 0
          ? i18n.global.t('data.notice.droppedMissing', {
              dropped: i18n.global.n(rowsDropped),
              read: i18n.global.n(rowsRead),
            })
          : '';
      data.notice = i18n.global.t('data.notice.imported', {
        name: result.value.name,
        rows: i18n.global.t(
          'data.count.rows',
          { n: i18n.global.n(result.value.rowCount) },
          result.value.rowCount,
        ),
        dropped,
      });
      file.value = null;
      preview.value = null;
      release();
      return true;
    } finally {
      phase.value = 'idle';
      progress.value = null;
    }
  }

  /** Puts the file away without importing it. */
  function close(): void {
    uploading?.abort();
    release();
    file.value = null;
    preview.value = null;
    clearMessages();
  }

  /**
   * Stops what is under way: the upload between two chunks, a preview or an import reading
   * the uploaded file (main drops the file, which stops the read). The file is put away; the
   * view says so.
   */
  function cancel(): void {
    if (phase.value === 'idle') return;
    const name = file.value?.name;
    cancelled.value = true;
    uploading?.abort();
    release();
    file.value = null;
    preview.value = null;
    phase.value = 'idle';
    progress.value = null;
    clearMessages();
    data.notice = i18n.global.t('data.error.cancelled', {
      name: name ?? i18n.global.t('data.error.theFile'),
    });
  }

  return {
    file,
    preview,
    options,
    roles,
    types,
    missing,
    chosenTask,
    report,
    reportError,
    name,
    phase,
    progress,
    error,
    errorCell,
    errorPlace,
    targetIndex,
    roleNote,
    rolesProblem,
    task,
    openFile,
    openText,
    setOption,
    setRole,
    setType,
    setMissing,
    setTask,
    importFile,
    close,
    cancel,
  };
});
