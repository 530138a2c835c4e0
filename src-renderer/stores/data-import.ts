/**
 * Importing a file: its bytes (from the picker, a drop or the shipped sample), the importer's
 * preview, the person's choices (reading options, column types and roles, missing values,
 * classes) and the import itself, with its progress and an error's place in the preview.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { DatasetPreview } from '../../src-main/contract/types';
import { useLab } from '../api';
import { couldBeClasses } from '../data/dataset-stats';
import { fileProblem, newRequestId, readBytes } from '../data/file-reading';
import {
  parseErrorPlace,
  previewCellOf,
  type ErrorPlace,
  type PreviewCell,
} from '../data/import-error-place';
import { useDataStore } from './data';

export type ColumnRole = 'input' | 'target' | 'ignored';
export type ColumnType = 'numeric' | 'categorical';
export type Delimiter = ',' | ';' | '\t';

/** How the file is read; unset fields are detected by the importer. */
export interface ReadOptions {
  delimiter?: Delimiter;
  header?: boolean;
  decimalComma?: boolean;
}

type Phase = 'idle' | 'reading' | 'previewing' | 'importing';

/** The default roles: every column an input, the last one the target (the importer's rule). */
function defaultRoles(columns: number): ColumnRole[] {
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? 'target' : 'input'));
}

export const useDataImportStore = defineStore('data-import', () => {
  const lab = useLab();
  const data = useDataStore();

  const file = shallowRef<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const preview = shallowRef<DatasetPreview | null>(null);
  const options = ref<ReadOptions>({});
  const roles = ref<ColumnRole[]>([]);
  const types = ref<ColumnType[]>([]);
  const missing = ref<'drop' | 'mean'>('drop');
  const targetIsClass = ref(false);
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
  /** "target is a class" applies: a numeric target whose shown values are small whole numbers */
  const targetMayBeClasses = computed(() => {
    const p = preview.value;
    const t = targetIndex.value;
    if (!p || t < 0 || types.value[t] !== 'numeric') return false;
    const stats = p.columns[t].stats;
    return (
      stats.type === 'numeric' &&
      couldBeClasses(
        stats,
        p.firstRows.map((r) => r[t]),
      )
    );
  });
  const task = computed(() =>
    targetIndex.value >= 0 &&
    (types.value[targetIndex.value] === 'categorical' ||
      (targetMayBeClasses.value && targetIsClass.value))
      ? 'classification'
      : 'regression',
  );

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
    phase.value = 'reading';
    try {
      await start(picked.name, await readBytes(picked));
    } catch (cause) {
      phase.value = 'idle';
      error.value = `Could not read ${picked.name}: ${cause instanceof Error ? cause.message : String(cause)}`;
    }
  }

  /** Previews text that is already at hand (the shipped sample file). */
  async function openText(fileName: string, text: string): Promise<void> {
    clearMessages();
    await start(fileName, new TextEncoder().encode(text));
  }

  async function start(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    file.value = { name: fileName, bytes };
    preview.value = null;
    options.value = {};
    name.value = fileName.replace(/\.[^.]+$/, '');
    targetIsClass.value = false;
    await runPreview(true);
  }

  /** Asks the importer for a preview; `fresh` resets the column choices to the defaults. */
  async function runPreview(fresh: boolean): Promise<void> {
    const current = file.value;
    if (!current) return;
    phase.value = 'previewing';
    progress.value = { bytes: 0, total: current.bytes.byteLength };
    requestId = newRequestId();
    try {
      const result = await lab.call('datasets:preview', {
        fileName: current.name,
        bytes: current.bytes,
        requestId,
        options: options.value,
      });
      if (file.value !== current) return; // another file came meanwhile
      if (!result.ok) {
        preview.value = null;
        error.value = result.error.message;
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
      };
      if (fresh || !sameColumns) {
        roles.value = defaultRoles(p.columns.length);
        types.value = p.columns.map((c) => c.type);
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
    const next = [...roles.value];
    if (role === 'target') {
      const old = next.indexOf('target');
      if (old >= 0 && old !== index) next[old] = 'input';
      targetIsClass.value = false;
    }
    next[index] = role;
    roles.value = next;
    errorCell.value = null;
  }

  function setType(index: number, type: ColumnType): void {
    const next = [...types.value];
    next[index] = type;
    types.value = next;
    errorCell.value = null;
  }

  /** Imports the file with the choices made, then chooses the new dataset. */
  async function importFile(): Promise<boolean> {
    const current = file.value;
    const p = preview.value;
    if (!current || !p || phase.value !== 'idle') return false;
    clearMessages();
    phase.value = 'importing';
    progress.value = { bytes: 0, total: current.bytes.byteLength };
    requestId = newRequestId();
    try {
      const result = await lab.call('datasets:import', {
        fileName: current.name,
        bytes: current.bytes,
        requestId,
        options: options.value,
        name: name.value.trim() || undefined,
        roles: p.columns.map((c, i) => ({ column: c.name, role: roles.value[i] })),
        types: p.columns
          .map((c, i) => ({ column: c.name, type: types.value[i] }))
          .filter((t, i) => t.type !== p.columns[i].type),
        missing: missing.value,
        targetIsClass: targetMayBeClasses.value && targetIsClass.value,
        split: data.splitFor(task.value),
      });
      if (!result.ok) {
        error.value = result.error.message;
        errorPlace.value = parseErrorPlace(result.error.message, current.name);
        errorCell.value = previewCellOf(errorPlace.value, p);
        return false;
      }
      await data.choose(result.value.id);
      await data.loadStored();
      data.notice = `${result.value.name} is imported (${result.value.rowCount.toLocaleString('en')} rows) and chosen.`;
      file.value = null;
      preview.value = null;
      return true;
    } finally {
      phase.value = 'idle';
      progress.value = null;
    }
  }

  /** Puts the file away without importing it. */
  function close(): void {
    file.value = null;
    preview.value = null;
    clearMessages();
  }

  return {
    file,
    preview,
    options,
    roles,
    types,
    missing,
    targetIsClass,
    name,
    phase,
    progress,
    error,
    errorCell,
    errorPlace,
    targetIndex,
    targetMayBeClasses,
    task,
    openFile,
    openText,
    setOption,
    setRole,
    setType,
    importFile,
    close,
  };
});
