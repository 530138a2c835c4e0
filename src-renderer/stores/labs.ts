/**
 * The labs: those the app ships and the teacher's own (`labs:*`), which one is open, and
 * whether teacher mode is on. The open lab and activity outlive the view, so leaving Labs
 * for Train and coming back lands on the same place.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { UserLabRecord } from '../../src-main/contract/types';
import { useLab } from '../api/use-lab';
import { bundledLabs } from '../labs/bundled-labs';
import { LabFileError, parseLab, type Lab } from '../labs/lab-schema';
import { cloneJson } from '../../src-engine/core/clone-json';
import { copyOfLab } from '../labs/teacher/lab-copy';
import { labFileErrorText } from '../labs/teacher/lab-problem-text';
import { i18n } from '../i18n';
import { errorText } from '../i18n/error-text';

/** A teacher's lab that validated, with its stored record. */
export interface TeacherLab {
  lab: Lab;
  record: UserLabRecord;
}

export const useLabsStore = defineStore('labs', () => {
  const api = useLab();
  const loaded = bundledLabs();
  const builtIn = ref<Lab[]>(loaded.labs);
  const records = ref<UserLabRecord[]>([]);
  const teacherMode = ref(false);
  const openId = ref<string | null>(builtIn.value[0]?.id ?? null);
  /** lab id → index of the open activity. */
  const activityIndex = ref<Record<string, number>>({});
  /** The last failure talking to the backend about labs. */
  const error = ref<string | null>(null);

  const checked = computed(() => {
    const good: TeacherLab[] = [];
    const bad: string[] = [];
    const builtInIds = new Set(builtIn.value.map((l) => l.id));
    for (const record of records.value) {
      const file = i18n.global.t('errors.store.yourLab', { title: record.title });
      if (builtInIds.has(record.labId)) {
        bad.push(i18n.global.t('errors.store.builtInId', { file, id: record.labId }));
        continue;
      }
      try {
        good.push({ lab: parseLab(cloneJson(record.document), file), record });
      } catch (e) {
        bad.push(e instanceof LabFileError ? labFileErrorText(e) : `${file}: ${String(e)}`);
      }
    }
    return { good, bad };
  });

  /** The teacher's labs that open, in the order they were made. */
  const teacherLabs = computed(() => checked.value.good);
  /** Every lab that opens: built-in ones in the lecture's order, then the teacher's. */
  const labs = computed(() => [...builtIn.value, ...teacherLabs.value.map((t) => t.lab)]);
  /** One message per lab file or teacher's lab that failed validation. */
  const problems = computed(() => [...loaded.problems, ...checked.value.bad]);
  const openLab = computed(() => labs.value.find((l) => l.id === openId.value) ?? null);

  /** The teacher's lab with this lab id, or undefined for a built-in one. */
  function teacherLabOf(labId: string): TeacherLab | undefined {
    return teacherLabs.value.find((t) => t.lab.id === labId);
  }

  /** Opens a lab. @throws Error if no lab has this id. */
  function open(id: string): void {
    if (!labs.value.some((l) => l.id === id)) throw new Error(`no lab '${id}'`);
    openId.value = id;
  }

  function activityOf(labId: string): number {
    return activityIndex.value[labId] ?? 0;
  }

  function openActivity(labId: string, index: number): void {
    activityIndex.value = { ...activityIndex.value, [labId]: index };
  }

  /** Reads the teacher's labs from the backend. */
  async function refresh(): Promise<void> {
    const r = await api.call('labs:list', {});
    if (r.ok) {
      records.value = r.value;
      error.value = null;
    } else error.value = i18n.global.t('errors.store.labsRead', { why: errorText(r.error) });
    if (openId.value !== null && !labs.value.some((l) => l.id === openId.value)) {
      openId.value = builtIn.value[0]?.id ?? null;
    }
  }

  /** Copies a lab into a new teacher's lab and opens it. @returns the copy, or null on failure */
  async function duplicate(lab: Lab): Promise<Lab | null> {
    const copy = copyOfLab(lab, new Set(labs.value.map((l) => l.id)));
    const basedOn = teacherLabOf(lab.id)?.record.basedOn ?? lab.id;
    const r = await api.call('labs:save', {
      basedOn,
      document: copy as unknown as UserLabRecord['document'],
    });
    if (!r.ok) {
      error.value = i18n.global.t('errors.store.labCopied', { why: errorText(r.error) });
      return null;
    }
    await refresh();
    openId.value = copy.id;
    return copy;
  }

  /** Saves an edited teacher's lab (already validated). @returns an error message, or null */
  async function save(record: UserLabRecord, lab: Lab): Promise<string | null> {
    const r = await api.call('labs:save', {
      id: record.id,
      document: lab as unknown as UserLabRecord['document'],
    });
    if (!r.ok) return errorText(r.error);
    await refresh();
    openId.value = lab.id;
    return null;
  }

  /** Deletes a teacher's lab. @returns an error message, or null */
  async function remove(record: UserLabRecord): Promise<string | null> {
    const r = await api.call('labs:delete', { id: record.id });
    if (!r.ok) return errorText(r.error);
    await refresh();
    return null;
  }

  void refresh();

  return {
    labs,
    builtIn,
    teacherLabs,
    problems,
    error,
    teacherMode,
    openId,
    openLab,
    open,
    activityOf,
    openActivity,
    teacherLabOf,
    refresh,
    duplicate,
    save,
    remove,
  };
});

/** The ids of a lab's tasks, in order. */
export function taskIdsOf(lab: Lab): string[] {
  return lab.activities.flatMap((a) => (a.task ? [a.task.id] : []));
}
