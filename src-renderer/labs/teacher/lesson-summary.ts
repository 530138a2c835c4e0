import type {
  LessonConflict,
  LessonImportResult,
  LessonPart,
} from '../../../src-main/contract/types';

/** What importing a part would do, in words. */
export function partStatus(part: Pick<LessonPart, 'status'>): string {
  if (part.status === 'new') return 'new';
  if (part.status === 'same') return 'already here, unchanged';
  return 'a different one of this name is here: you will be asked';
}

const ACTIONS: Record<LessonImportResult['labs'][number]['action'], string> = {
  created: 'added',
  replaced: 'replaced',
  'kept-both': 'added under a new name, beside the existing one',
  unchanged: 'already here',
};

const KIND_WORD = { lab: 'Lab', dataset: 'Dataset', design: 'Design' } as const;

/** A conflict in words people read: the part's title, and what is in the way. */
export function conflictLine(c: LessonConflict): string {
  return `${KIND_WORD[c.kind]} “${c.name}”: a different version is already here.`;
}

/** One line per imported part ("Lab “x”: added as x-2"), after a headline. */
export function importSummary(result: LessonImportResult): string[] {
  const parts = [
    ...result.labs.map((p) => ({ ...p, what: 'Lab' })),
    ...result.datasets.map((p) => ({ ...p, what: 'Dataset' })),
    ...result.designs.map((p) => ({ ...p, what: 'Design' })),
  ];
  const added = parts.filter((p) => p.action !== 'unchanged').length;
  return [
    `Imported “${result.title}”: ${added} of ${parts.length} part${parts.length === 1 ? '' : 's'} added or replaced.`,
    // titles, not a lab's id ("xor-copy"): these lines are for people
    ...parts.map((p) => `${p.what} “${p.title}”: ${ACTIONS[p.action]}.`),
  ];
}
