import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src-main/contract/schemas/settings';
import { reportWords } from '../../../src-main/lessons/report-words';
import { i18n } from '../../../src-renderer/i18n';
import { formatCount, formatPercent } from '../../../src-renderer/i18n/format';
import { LOCALES } from '../../../src-renderer/i18n/locales';
import { messages } from '../../../src-renderer/i18n/messages';

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('the languages main accepts are the ones the interface speaks', () => {
  it('the settings schema and the locales list agree', () => {
    expect(LOCALES.map((l) => l.id).sort()).toEqual([...LANGUAGES].sort());
  });

  it('every language has message files', () => {
    for (const id of LANGUAGES) expect(Object.keys(messages[id] ?? {})).not.toEqual([]);
  });

  it('main’s progress report writes numbers as the interface does, in every language', () => {
    for (const id of LANGUAGES) {
      i18n.global.locale.value = id;
      const words = reportWords(id);
      expect(words.count(1234567), id).toBe(formatCount(1234567));
      expect(words.share(0.5), id).toBe(formatPercent(0.5, 0));
    }
  });
});
