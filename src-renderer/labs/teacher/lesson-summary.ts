import type { LessonImportResult, LessonPart } from '../../../src-main/contract/types';

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
    ...parts.map((p) => `${p.what} “${p.name}”: ${ACTIONS[p.action]}.`),
  ];
}
