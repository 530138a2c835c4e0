/**
 * A built-in dataset as the interface shows it: its name, description and parameters in the
 * current language (message area `catalogue`, by dataset and parameter name). Main's catalogue
 * stays English for the command line; a dataset or parameter the message files do not know yet
 * keeps main's English words rather than showing nothing.
 */
import type { BuiltinDataset } from '../../src-main/contract/types';
import { i18n } from '../i18n';

/** The message `catalogue.<key>` in the current language, or `english` when there is none. */
function said(key: string, english: string): string {
  const id = `catalogue.${key}`;
  return i18n.global.te(id) ? i18n.global.t(id) : english;
}

/** `dataset` with its words in the current language (a copy; the argument is not changed). */
export function builtinText(dataset: BuiltinDataset): BuiltinDataset {
  const { name } = dataset;
  return {
    ...dataset,
    label: said(`${name}.label`, dataset.label),
    description: said(`${name}.description`, dataset.description),
    parameters: dataset.parameters.map((p) => ({
      ...p,
      label: said(`relabel.${name}.${p.name}`, said(`param.${p.name}.label`, p.label)),
      description: said(
        `help.${name}.${p.name}`,
        said(`param.${p.name}.description`, p.description),
      ),
    })),
  };
}
