import type { ResolvedColumn } from './column-choice';
import { inferType } from './column-stats';
import { DatasetImportError, quote } from './import-error';
import { formatCount } from './import-limits';

/** What the network learns: to name classes, or to predict a number. */
export type Task = 'classification' | 'regression';

/** The task as settled, and why, in words for the report. */
export interface SettledTask {
  task: Task;
  /** e.g. `the target holds text`, `chosen`, `asked for by --loss cross-entropy` */
  why: string;
}

/**
 * Settles the task and, with it, how the target is read: classification reads the target's
 * values as class names (numbers too, e.g. digits 0–9), regression as numbers.
 * @param asked the caller's task, if any, and its reason (`as chosen` when none is given)
 * @throws DatasetImportError 'bad-choice' for regression on a target that holds text
 */
export function settleTask(
  file: string,
  target: ResolvedColumn,
  asked: Task | undefined,
  askedWhy = 'as chosen',
): SettledTask {
  const { data } = target;
  if (asked === 'classification') {
    if (target.type === 'numeric') target.typeSource = 'task';
    target.type = 'categorical';
    return { task: asked, why: askedWhy };
  }
  if (asked === 'regression') {
    if (
      target.type === 'categorical' &&
      (target.typeSource !== 'inferred' || !readsAsNumbers(target))
    ) {
      const text = data.firstText;
      throw new DatasetImportError(
        'bad-choice',
        file,
        `the target holds text${text ? ` (row ${text.row}: ${quote(text.value)})` : ''}, so it cannot be predicted as a number; choose classification`,
        { column: data.name },
        text
          ? { key: 'targetTextAt', params: { textRow: text.row, value: quote(text.value) } }
          : { key: 'targetText' },
      );
    }
    if (target.type === 'categorical') target.typeSource = 'task';
    target.type = 'numeric';
    return { task: asked, why: askedWhy };
  }
  if (target.type === 'categorical') {
    return {
      task: 'classification',
      why:
        target.typeSource === 'inferred'
          ? 'the target holds text'
          : target.typeSource === 'declared'
            ? 'the target is a nominal attribute'
            : 'the target is set to categorical',
    };
  }
  return { task: 'regression', why: 'the target holds numbers' };
}

function readsAsNumbers(target: ResolvedColumn): boolean {
  return inferType(target.data) === 'numeric';
}

/** The most classes a target may have (as many as an input may have categories). */
export function checkClassCount(
  file: string,
  target: ResolvedColumn,
  classes: number,
  limit: number,
): void {
  if (classes > limit) {
    throw new DatasetImportError(
      'too-many-values',
      file,
      `${formatCount(classes)} distinct values are too many classes (at most ${formatCount(limit)}); choose regression, or another target`,
      { column: target.data.name },
      { key: 'tooManyClasses', params: { n: classes, limit } },
    );
  }
}

/**
 * A hint for a numeric target that looks like classes (a few whole values, e.g. 0–9), so
 * that a person who meant classification sees how to ask for it. Undefined when there is none.
 */
export function classHint(target: ResolvedColumn, rows: Int32Array): string | undefined {
  const values = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    const v = target.data.number(rows[k]);
    if (!Number.isInteger(v)) return undefined;
    values.add(v);
    if (values.size > 20) return undefined;
  }
  if (values.size < 2) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return `its ${values.size} whole values (${sorted[0]} to ${sorted[sorted.length - 1]}) may be classes: choose classification to train a classifier`;
}
