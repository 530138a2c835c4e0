/** A lesson file's parts and an import's outcome in words, in the interface's language. */
import type {
  LessonConflict,
  LessonImportResult,
  LessonPart,
} from '../../../src-main/contract/types';
import { i18n } from '../../i18n';

type Action = LessonImportResult['labs'][number]['action'];

const { t } = i18n.global;
const ACTION_KEYS: Record<Action, string> = {
  created: 'created',
  replaced: 'replaced',
  'kept-both': 'keptBoth',
  unchanged: 'unchanged',
};
const kindWord = (kind: LessonPart['kind']): string => t(`labs-teacher.kind.${kind}`);

/** What importing a part would do, in words. */
export function partStatus(part: Pick<LessonPart, 'status'>): string {
  return t(`labs-teacher.status.${part.status}`);
}

/** A conflict in words people read: the part's title, and what is in the way. */
export function conflictLine(c: LessonConflict): string {
  return t('labs-teacher.import.conflictLine', { kind: kindWord(c.kind), name: c.name });
}

/** One line per imported part ("Lab “x”: added"), after a headline. */
export function importSummary(result: LessonImportResult): string[] {
  const parts = [...result.labs, ...result.datasets, ...result.designs];
  const added = parts.filter((p) => p.action !== 'unchanged').length;
  const n = parts.length;
  return [
    t('labs-teacher.import.imported', { title: result.title, added, n }, n),
    // titles, not a lab's id ("xor-copy"): these lines are for people
    ...parts.map((p) =>
      t('labs-teacher.import.partLine', {
        kind: kindWord(p.kind),
        title: p.title,
        action: t(`labs-teacher.action.${ACTION_KEYS[p.action]}`),
      }),
    ),
  ];
}
