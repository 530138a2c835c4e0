/**
 * A cell of the Data view's preview as read. Main sends a number as JavaScript writes it,
 * whatever the file's decimal mark; it is shown with the language's decimal sign but never
 * grouped (a year 2024, an id 20240101), since it is the person's data, not a count.
 */
import { formatPlain } from '../i18n/format';
import { i18n } from '../i18n';

/** A cell's text: `null` is a missing cell; other text that is not a number stays as it is. */
export function cellText(cell: string | null): string {
  if (cell === null) return i18n.global.t('data.preview.missing');
  const value = Number(cell);
  const isNumber = cell !== '' && Number.isFinite(value) && String(value) === cell;
  return isNumber ? formatPlain(value) : cell;
}
