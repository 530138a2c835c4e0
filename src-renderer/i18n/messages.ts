/**
 * Every message file under `messages/<locale>/<area>.ts` becomes `<area>.*` keys of that
 * locale, so each part of the app owns its own file and adding one needs no shared list.
 */
import type { LocaleId } from './locales';

export type MessageTree = { [key: string]: string | MessageTree };

const files = import.meta.glob<{ default: MessageTree }>('./messages/*/*.ts', { eager: true });

function collect(): Record<LocaleId, MessageTree> {
  const out: Record<string, MessageTree> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/messages\/([^/]+)\/([^/]+)\.ts$/.exec(path);
    if (!match) continue;
    const [, locale, area] = match;
    (out[locale] ??= {})[area] = module.default;
  }
  return out as Record<LocaleId, MessageTree>;
}

export const messages = collect();
