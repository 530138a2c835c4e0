/**
 * A multiple-choice question a figure can ask beside its interactive part; its shape is part of
 * the shared lab-document schema. The task's check names the right option by id, so the figure
 * itself never knows which one it is.
 */
import { ID_PATTERN } from '../../src-main/contract/lab-document/fields';

export type { LabQuestion } from '../../src-main/contract/lab-document/question';

/** The id of a chosen option read from an answer, or null. */
export function chosenOption(v: unknown): string | null {
  return typeof v === 'string' && ID_PATTERN.test(v) ? v : null;
}
