import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_LOCALE } from '../../../src-renderer/i18n/locales';
import { messages, type MessageTree } from '../../../src-renderer/i18n/messages';

function keys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function lookup(tree: MessageTree, path: string): string | MessageTree | undefined {
  return path
    .split('.')
    .reduce<string | MessageTree | undefined>(
      (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
      tree,
    );
}

describe('message files', () => {
  const source = messages[SOURCE_LOCALE];
  const sourceKeys = keys(source);

  it('the source language has messages', () => {
    expect(sourceKeys.length).toBeGreaterThan(0);
  });

  for (const { id } of LOCALES.filter((l) => l.id !== SOURCE_LOCALE)) {
    it(`${id} has every key English has, and no other`, () => {
      const translated = keys(messages[id] ?? {});
      expect(sourceKeys.filter((k) => !translated.includes(k))).toEqual([]);
      expect(translated.filter((k) => !sourceKeys.includes(k))).toEqual([]);
    });

    it(`${id} keeps every placeholder of the English message`, () => {
      const wrong = sourceKeys.filter((key) => {
        const text = lookup(messages[id] ?? {}, key);
        const english = lookup(source, key);
        return typeof text === 'string' && typeof english === 'string'
          ? placeholders(text).join() !== placeholders(english).join()
          : false;
      });
      expect(wrong).toEqual([]);
    });
  }
});
