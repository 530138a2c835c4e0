/**
 * A field of the teacher's editor and its problems: the id its box gets from its path in the
 * lab, the problems at that path, and the attributes that tie the two for screen readers.
 */
import { computed, type ComputedRef } from 'vue';
import { problemsAt, type FormProblem } from './lab-form';

/** What every field of the editor is given. */
export interface TeacherFieldProps {
  label: string;
  /** the field's path in the lab (`activities[0].title`), for its problems and its id */
  path: string;
  /** every problem of the form (the field shows its own) */
  problems: FormProblem[];
  /** lines of its text area */
  rows?: number;
}

export interface FieldProblems {
  id: ComputedRef<string>;
  /** the problems at the field's path or inside it */
  mine: ComputedRef<FormProblem[]>;
  /** id, aria-invalid and aria-describedby (the problems' list) for the field's box */
  box: ComputedRef<Record<string, string | boolean | undefined>>;
}

/** The id of the field at `path` (`activities[0].title` → `teacher-activities-0-title`). */
export function fieldId(path: string): string {
  return `teacher-${path.replace(/[^a-z0-9]+/gi, '-')}`;
}

/** @param field the field's path in the lab and every problem of the form, read reactively */
export function useFieldProblems(field: { path: string; problems: FormProblem[] }): FieldProblems {
  const id = computed(() => fieldId(field.path));
  const mine = computed(() => problemsAt(field.problems, field.path));
  const box = computed(() => ({
    id: id.value,
    'aria-invalid': mine.value.length > 0,
    'aria-describedby': mine.value.length ? `${id.value}-problems` : undefined,
  }));
  return { id, mine, box };
}
