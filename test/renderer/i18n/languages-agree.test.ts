import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src-main/contract/schemas/settings';
import { LOCALES } from '../../../src-renderer/i18n/locales';
import { messages } from '../../../src-renderer/i18n/messages';

describe('the languages main accepts are the ones the interface speaks', () => {
  it('the settings schema and the locales list agree', () => {
    expect(LOCALES.map((l) => l.id).sort()).toEqual([...LANGUAGES].sort());
  });

  it('every language has message files', () => {
    for (const id of LANGUAGES) expect(Object.keys(messages[id] ?? {})).not.toEqual([]);
  });
});
