/**
 * A stored dataset's name and class names in the interface's language. When main names a
 * dataset it draws from a built-in ("Spiral (count 500, noise 0.1)", kept in the database,
 * where the command line, reports and CSV export read it), the dataset's `nameFrom` says so and
 * what it was made of: the interface composes the name from that in the reader's words
 * ("Espiral (muestras 500; ruido 0,1)"). A name that is not main's (one a user, a lesson or a
 * file gave, even one that reads like main's) is the user's data and is shown as it is.
 */
import { GENERATORS_BY_NAME } from '../../src-engine/data/generators';
import type { DatasetSummary } from '../../src-main/contract/types';
import { i18n } from '../i18n';
import { formatDecimal } from '../i18n/format';
import type { LocaleId } from '../i18n/locales';

type Named = Pick<DatasetSummary, 'name' | 'nameFrom'>;

/** `catalogue.<key>` in the current language, else in English, else `fallback`. */
function catalogue(key: string, fallback: string, locale?: LocaleId): string {
  const id = `catalogue.${key}`;
  if (locale) return i18n.global.te(id, locale) ? i18n.global.t(id, {}, { locale }) : fallback;
  return i18n.global.te(id) ? i18n.global.t(id) : catalogue(key, fallback, 'en');
}

/** `dataset`'s name as the interface shows it: main's own names in the current language. */
export function datasetNameText(dataset: Named): string {
  const from = dataset.nameFrom;
  // main's name is already in English, parameter names and all
  if (!from || i18n.global.locale.value === 'en') return dataset.name;
  const t = i18n.global.t;
  const label = catalogue(`${from.builtin}.label`, dataset.name);
  const entries = Object.entries(from.params);
  if (entries.length === 0) return label;
  const described = entries.map(([k, v]) => {
    const word = catalogue(`relabel.${from.builtin}.${k}`, catalogue(`param.${k}.label`, k));
    return t('dataset-names.param', { name: word.toLocaleLowerCase(), value: formatDecimal(v) });
  });
  return t('dataset-names.withParams', {
    label,
    params: described.join(t('dataset-names.separator')),
  });
}

/**
 * Class `k` of the dataset `generator` draws, in the current language, from the id the
 * generator gives it (GeneratorSpec.classIds); `stored`, the class name the dataset carries,
 * for other classes (Iris' species, a file's, numbered ones): those are data.
 */
export function generatorClassText(generator: string | undefined, k: number, stored: string) {
  const ids =
    generator && Object.hasOwn(GENERATORS_BY_NAME, generator)
      ? GENERATORS_BY_NAME[generator].classIds
      : undefined;
  const id = ids?.[k];
  return id ? i18n.global.t(`dataset-names.class.${id}`) : stored;
}

/** Class `k` (stored as `stored`) of a stored dataset, said as generatorClassText says it. */
export function classNameText(
  dataset: Pick<DatasetSummary, 'generator'>,
  k: number,
  stored: string,
): string {
  return generatorClassText(dataset.generator?.name, k, stored);
}

/** A name a setup or run stored for its dataset, said like `datasetNameText` when it is still
 * the name of the stored dataset it came from; any other name (a lab's, the user's) as it is. */
export function storedNameText(storedName: string, origin: Named | undefined): string {
  return origin && origin.name === storedName ? datasetNameText(origin) : storedName;
}
