/**
 * A student's progress in the labs (which tasks passed, the answer last checked), kept by the
 * backend (`progress:*`). Views use only this API.
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { LabProgress } from '../../src-main/contract/types';
import { useLab } from '../api/use-lab';
import { i18n } from '../i18n';
import { errorText } from '../i18n/error-text';

/** The largest answer the backend keeps (64 KiB of JSON text); a larger one is not stored. */
const MAX_ANSWER_BYTES = 64 * 1024;

export const useLabsProgressStore = defineStore('labs-progress', () => {
  const lab = useLab();
  /** lab id → its progress, as the backend last answered. */
  const progress = ref<Record<string, LabProgress>>({});
  const loaded = ref(false);
  /** The last failure talking to the backend, for the view to show. */
  const error = ref<string | null>(null);

  /** Reads everything from the backend. */
  async function load(): Promise<void> {
    const r = await lab.call('progress:get', {});
    if (r.ok) {
      progress.value = r.value;
      error.value = null;
    } else error.value = i18n.global.t('errors.store.progressRead', { why: errorText(r.error) });
    loaded.value = true;
  }

  /** Whether the task has passed its check at least once. */
  function isDone(labId: string, taskId: string): boolean {
    return progress.value[labId]?.done.includes(taskId) === true;
  }

  /** Whether every listed task of a lab has passed. */
  function allDone(labId: string, taskIds: readonly string[]): boolean {
    return taskIds.length > 0 && taskIds.every((t) => isDone(labId, t));
  }

  /** The answer last checked (parsed), or undefined. */
  function answerOf(labId: string, taskId: string): unknown {
    const text = progress.value[labId]?.answers[taskId];
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Records a check; a task once passed stays done. The answer must be plain JSON. */
  async function record(labId: string, taskId: string, passed: boolean, answer: unknown) {
    const done = passed || isDone(labId, taskId);
    const text = answerText(answer);
    // shown at once; the backend's answer replaces it
    const before = progress.value[labId] ?? { done: [], answers: {}, updatedAt: Date.now() };
    progress.value = {
      ...progress.value,
      [labId]: {
        done: done ? [...new Set([...before.done, taskId])].sort() : before.done,
        answers: text === undefined ? before.answers : { ...before.answers, [taskId]: text },
        updatedAt: Date.now(),
      },
    };
    const r = await lab.call('progress:set', {
      labId,
      taskId,
      done,
      ...(text === undefined ? {} : { answer: text }),
    });
    if (r.ok) {
      progress.value = { ...progress.value, [labId]: r.value };
      error.value = null;
    } else error.value = i18n.global.t('errors.store.progressSaved', { why: errorText(r.error) });
  }

  /** Forgets a lab's progress. */
  async function resetLab(labId: string): Promise<void> {
    const r = await lab.call('progress:reset', { labId });
    if (!r.ok) {
      error.value = i18n.global.t('errors.store.progressReset', { why: errorText(r.error) });
      return;
    }
    const next = { ...progress.value };
    delete next[labId];
    progress.value = next;
  }

  void load();

  return { progress, loaded, error, load, isDone, allDone, answerOf, record, resetLab };
});

/** An answer as the JSON text the backend keeps, or undefined when too large to keep. */
function answerText(answer: unknown): string | undefined {
  const text = JSON.stringify(answer ?? null);
  return new TextEncoder().encode(text).length <= MAX_ANSWER_BYTES ? text : undefined;
}
