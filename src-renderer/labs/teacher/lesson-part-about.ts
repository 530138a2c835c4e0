/**
 * What a part of a lesson file holds ("3 activities, based on 'perceptron'", "150 rows,
 * 4 inputs, classification"), in the interface's language, from the id and values main gives
 * (LessonPart.about); counts are written as the language writes them. The lab's title and a
 * dataset's or design's name are the lesson's own and are shown beside it as they are.
 */
import type { LessonPart } from '../../../src-main/contract/types';
import { i18n } from '../../i18n';
import { formatCount } from '../../i18n/format';

const counted = (key: string, n: number): string =>
  i18n.global.t(`lessons.part.${key}`, { n: formatCount(n) }, n);

/** The part's contents in words; main's English `detail` for an id this version lacks. */
export function partAbout(part: Pick<LessonPart, 'about' | 'detail'>): string {
  const { t, te } = i18n.global;
  const { about } = part;
  switch (about?.key) {
    case 'lab':
      return counted('activities', about.params.activities);
    case 'labBasedOn':
      return [
        counted('activities', about.params.activities),
        t('lessons.part.basedOn', { lab: about.params.basedOn }),
      ].join(', ');
    case 'dataset':
      return [
        counted('rows', about.params.rows),
        counted('inputs', about.params.inputs),
        t(`lessons.part.task.${about.params.task}`),
      ].join(', ');
    case 'unit': {
      const { model } = about.params;
      const named = te(`lessons.part.model.${model}`) ? t(`lessons.part.model.${model}`) : model;
      return t('lessons.part.unit', { model: named });
    }
    case 'network':
      return t('lessons.part.network', { architecture: about.params.architecture });
    default:
      return part.detail;
  }
}
