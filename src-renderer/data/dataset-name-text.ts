/**
 * A stored dataset's name and class names in the interface's language. Main names a dataset it
 * draws from a built-in as "Spiral (count 500, noise 0.1)" and keeps that text in the database,
 * where the command line, reports and CSV export read it: it is data, so it stays English there.
 * The interface rebuilds that name from what it was made of (the generator and its parameters)
 * in the reader's words ("Espiral (muestras 500; ruido 0,1)"). A name that is not main's (one a
 * user, a lesson or a file gave) is the user's data and is shown as it is.
 */
import type { DatasetSummary } from '../../src-main/contract/types';
import { i18n } from '../i18n';
import { formatDecimal } from '../i18n/format';
import type { LocaleId } from '../i18n/locales';

type Named = Pick<DatasetSummary, 'name' | 'source' | 'generator'>;

const BUILTIN = 'builtin:';
const builtinOf = (d: Named): string | null =>
  d.source.startsWith(BUILTIN) ? d.source.slice(BUILTIN.length) : null;

/** `catalogue.<key>` in the current language, else in English, else `fallback`. */
function catalogue(key: string, fallback: string, locale?: LocaleId): string {
  const id = `catalogue.${key}`;
  if (locale) return i18n.global.te(id, locale) ? i18n.global.t(id, {}, { locale }) : fallback;
  return i18n.global.te(id) ? i18n.global.t(id) : catalogue(key, fallback, 'en');
}

/** The name main gives the built-in `name` drawn with `params` (dataset-service.ts). */
function mainName(name: string, params: Record<string, number>): string | null {
  const label = catalogue(`${name}.label`, '', 'en');
  if (!label) return null;
  const described = Object.entries(params)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return described ? `${label} (${described})` : label;
}

/** `dataset`'s name as the interface shows it: main's own names in the current language. */
export function datasetNameText(dataset: Named): string {
  const name = builtinOf(dataset);
  const params = dataset.generator?.params ?? {};
  if (!name || dataset.name !== mainName(name, params)) return dataset.name;
  // main's name is already in English, parameter names and all
  if (i18n.global.locale.value === 'en') return dataset.name;
  const t = i18n.global.t;
  const label = catalogue(`${name}.label`, dataset.name);
  const entries = Object.entries(params);
  if (entries.length === 0) return label;
  const described = entries.map(([k, v]) => {
    const word = catalogue(`relabel.${name}.${k}`, catalogue(`param.${k}.label`, k));
    return t('dataset-names.param', { name: word.toLocaleLowerCase(), value: formatDecimal(v) });
  });
  return t('dataset-names.withParams', {
    label,
    params: described.join(t('dataset-names.separator')),
  });
}

/**
 * `className` of `dataset` in the current language when it is one of the engine's class names
 * of a built-in (spiral A → espiral A); other class names (Iris' species, a file's) are data.
 */
export function classNameText(dataset: Named, className: string): string {
  return builtinOf(dataset) ? engineClassText(className) : className;
}

/** One of the engine's class names ('spiral A') in the current language; others as they are. */
export function engineClassText(className: string): string {
  const english = i18n.global.getLocaleMessage('en')['dataset-names'] as
    { class: Record<string, string> } | undefined;
  const key = Object.entries(english?.class ?? {}).find(([, text]) => text === className)?.[0];
  return key ? i18n.global.t(`dataset-names.class.${key}`) : className;
}

/** A name a setup or run stored for its dataset, said like `datasetNameText` when it is still
 * the name of the stored dataset it came from; any other name (a lab's, the user's) as it is. */
export function storedNameText(storedName: string, origin: Named | undefined): string {
  return origin && origin.name === storedName ? datasetNameText(origin) : storedName;
}
