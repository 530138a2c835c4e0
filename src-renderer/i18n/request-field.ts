/**
 * Where in a refused request a problem is (`spec.layers[0].units`), in the reader's language:
 * the last field's name looked up in the message area `request-fields`, whose message writes
 * the path around the word ("unidades (spec.layers[0].units)"). English keeps the path as the
 * request spells it, which is English already, as main's message does; a field the area has no
 * word for keeps its path as written.
 */
import { messages } from './messages';
import { i18n } from './index';
import type { LocaleId } from './locales';

const AREA = 'request-fields';

/** `units` of `spec.layers[0].units`; undefined for a path ending in anything but a name. */
const lastName = (path: string): string | undefined =>
  /(?:^|\.)([A-Za-z][A-Za-z0-9]*)(?:\[\d+\])*$/.exec(path)?.[1];

/** The field at `path`, as the reader's language names it. */
export function fieldText(path: string): string {
  const name = lastName(path);
  const words = messages[i18n.global.locale.value as LocaleId]?.[AREA];
  // own keys only: a field named `constructor` is not a word of the area
  if (!name || typeof words !== 'object' || !Object.hasOwn(words, name)) return path;
  return i18n.global.t(`${AREA}.${name}`, { path });
}
