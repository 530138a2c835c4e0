/**
 * Saved designs: the list from the database, and saving, opening, renaming, duplicating and
 * deleting them for the open design (./design). Errors are kept as sentences to show.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DesignRecord } from '../../src-main/contract/types';
import { useLab } from '../api';
import { documentFromDesign } from '../design/design-from-record';
import { i18n } from '../i18n';
import { useDesignStore } from './design';
import { errorText } from '../i18n/error-text';

const t = i18n.global.t;

/** A failed call's message as a sentence about `what` (a `design.saved.failed` key). */
function explain(what: string, name: string, error: { code: string; message: string }): string {
  if (error.code === 'conflict') {
    const m = /named '(.*)' already exists/.exec(error.message);
    if (m) return t('design.saved.taken', { name: m[1] });
  }
  return t(`design.saved.failed.${what}`, { name, reason: errorText(error) });
}

export const useDesignSavedStore = defineStore('design-saved', () => {
  const lab = useLab();
  const design = useDesignStore();
  const designs = ref<DesignRecord[]>([]);
  const loaded = ref(false);
  const error = ref<string | null>(null);
  /** the last thing done, for a polite status line ("Saved “XOR net”.") */
  const notice = ref('');

  async function refresh(): Promise<void> {
    const result = await lab.call('designs:list', {});
    if (!result.ok) {
      error.value = explain('list', '', result.error);
      return;
    }
    designs.value = result.value;
    loaded.value = true;
  }

  /**
   * Saves the open design as `name`: over the design it was opened from when the name is
   * unchanged, otherwise as a new design. Resolves to whether it was saved.
   */
  async function save(name: string): Promise<boolean> {
    const trimmed = name.trim();
    error.value = null;
    if (!trimmed) {
      error.value = t('design.saved.noName');
      return false;
    }
    if (!design.valid) {
      const n = design.problems.count;
      error.value = t('design.saved.invalid', { n }, n);
      return false;
    }
    const over =
      design.savedId !== null && design.savedName === trimmed ? design.savedId : undefined;
    const { spec, unit } = design.compiled;
    const result = await lab.call('designs:save', {
      ...(over !== undefined ? { id: over } : {}),
      name: trimmed,
      spec,
      ...(unit ? { unit } : {}),
    });
    if (!result.ok) {
      error.value = explain('save', trimmed, result.error);
      return false;
    }
    design.markSaved(result.value.id, result.value.name);
    notice.value = t('design.saved.done.save', { name: result.value.name });
    await refresh();
    return true;
  }

  /** Opens a saved design in place of the open one (its undo history starts afresh). */
  function open(record: DesignRecord): void {
    design.replace(documentFromDesign(record.spec, record.unit), {
      id: record.id,
      name: record.name,
    });
    error.value = null;
    notice.value = t('design.saved.done.open', { name: record.name });
  }

  async function rename(record: DesignRecord, name: string): Promise<boolean> {
    error.value = null;
    const result = await lab.call('designs:rename', { id: record.id, name });
    if (!result.ok) {
      error.value = explain('rename', record.name, result.error);
      return false;
    }
    if (design.savedId === record.id) design.markSaved(record.id, result.value.name);
    notice.value = t('design.saved.done.rename', { name: record.name, to: result.value.name });
    await refresh();
    return true;
  }

  async function duplicate(record: DesignRecord): Promise<void> {
    error.value = null;
    const result = await lab.call('designs:duplicate', { id: record.id });
    if (!result.ok) {
      error.value = explain('duplicate', record.name, result.error);
      return;
    }
    notice.value = t('design.saved.done.duplicate', { name: result.value.name });
    await refresh();
  }

  async function remove(record: DesignRecord): Promise<void> {
    error.value = null;
    const result = await lab.call('designs:delete', { id: record.id });
    if (!result.ok) {
      error.value = explain('delete', record.name, result.error);
      return;
    }
    if (design.savedId === record.id) design.forgetSaved();
    notice.value = t('design.saved.done.delete', { name: record.name });
    await refresh();
  }

  return { designs, loaded, error, notice, refresh, save, open, rename, duplicate, remove };
});
