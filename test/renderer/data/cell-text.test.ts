// The Data view's preview cells: the person's numbers as read, with the language's decimal
// sign and no digit grouping (a year is not a count); text and missing cells as they are.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src-renderer/i18n';
import { cellText } from '../../../src-renderer/data/cell-text';

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('a preview cell', () => {
  it('shows a year and an id without digit grouping, in either language', () => {
    expect(cellText('2024')).toBe('2024');
    expect(cellText('20240101')).toBe('20240101');
    expect(cellText('12000.5')).toBe('12000.5');
    i18n.global.locale.value = 'es';
    expect(cellText('20240101')).toBe('20240101');
    expect(cellText('12000.5')).toBe('12000,5');
    expect(cellText('4.1')).toBe('4,1');
    expect(cellText('1e-50')).toBe('1E-50');
  });

  it('keeps text as it is, and says a missing cell', () => {
    i18n.global.locale.value = 'es';
    for (const text of ['setosa', '', '1.50', 'Infinity', '0x10'])
      expect(cellText(text)).toBe(text);
    expect(cellText(null)).toBe(i18n.global.t('data.preview.missing'));
    expect(cellText(null)).not.toBe(i18n.global.t('data.preview.missing', {}, { locale: 'en' }));
  });
});
