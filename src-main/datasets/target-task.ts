import type { ResolvedColumn } from './column-choice';
import { inferType } from './column-stats';
import { DatasetImportError, quote } from './import-error';
import { formatCount } from './import-limits';
import { phrase, type Phrase } from './report-phrase';

/** What the network learns: to name classes, or to predict a number. */
export type Task = 'classification' | 'regression';

/** The task as settled, and why, in words for the report. */
export interface SettledTask {
  task: Task;
  /** e.g. `the target holds text`, `as chosen`, `asked for by --loss cross-entropy` */
  why: Phrase;
}

/**
 * Settles the task and, with it, how the target is read: classification reads the target's
 * values as class names (numbers too, e.g. digits 0–9), regression as numbers.
 * @param asked the caller's task, if any
 * @param askedBy what asked for it (a command-line option, `--task regression`); without it
 *   the task is `as chosen`
 * @throws DatasetImportError 'bad-choice' for regression on a target that holds text
 */
export function settleTask(
  file: string,
  target: ResolvedColumn,
  asked: Task | undefined,
  askedBy?: string,
): SettledTask {
  const askedWhy = askedBy
    ? phrase('task.why.askedBy', { option: askedBy })
    : phrase('task.why.chosen');
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
      why: phrase(
        target.typeSource === 'inferred'
          ? 'task.why.text'
          : target.typeSource === 'declared'
            ? 'task.why.nominal'
            : 'task.why.categorical',
      ),
    };
  }
  return { task: 'regression', why: phrase('task.why.numbers') };
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
export function classHint(target: ResolvedColumn, rows: Int32Array): Phrase | undefined {
  const values = new Set<number>();
  for (let k = 0; k < rows.length; k++) {
    const v = target.data.number(rows[k]);
    if (!Number.isInteger(v)) return undefined;
    values.add(v);
    if (values.size > 20) return undefined;
  }
  if (values.size < 2) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return phrase('task.hint', { n: values.size, from: sorted[0], to: sorted[sorted.length - 1] });
}
