/**
 * Numbers and dates as the chosen language writes them ("10,000" and "3 Dec 2026, 14:05" in
 * English; "10.000" and "3 dic 2026, 14:05" in Spanish). Every view formats through here, so
 * the Data and Experiments views cannot disagree. Reading the locale inside each function
 * makes a template or computed that calls one follow a change of language.
 */
import { i18n } from './index';
import { LOCALES, type LocaleId } from './locales';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function intlTag(): string {
  const id = i18n.global.locale.value as LocaleId;
  return LOCALES.find((l) => l.id === id)?.intl ?? 'en-GB';
}

/** The formatter `key` for the current language, made once per language. */
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: (tag: string) => T,
): T {
  const tag = intlTag();
  const id = `${tag}|${key}`;
  let format = cache.get(id) as T | undefined;
  if (!format) cache.set(id, (format = make(tag)));
  return format;
}

const numberFormat = (key: string, options: Intl.NumberFormatOptions) =>
  formatter(`n-${key}`, (tag) => new Intl.NumberFormat(tag, options));
const dateFormat = (key: string, options: Intl.DateTimeFormatOptions) =>
  formatter(`d-${key}`, (tag) => new Intl.DateTimeFormat(tag, options));

const asDate = (at: number | string | Date): Date => (at instanceof Date ? at : new Date(at));

/** A whole count with the language's digit grouping: 10,000 / 10.000. */
export function formatCount(value: number): string {
  return numberFormat('count', { maximumFractionDigits: 0 }).format(value);
}

/** A number with up to `maxDigits` decimals and the language's decimal sign: 0.03 / 0,03. */
export function formatDecimal(value: number, maxDigits = 6): string {
  return numberFormat(`decimal-${maxDigits}`, { maximumFractionDigits: maxDigits }).format(value);
}

/**
 * A value as the data has it: every digit JavaScript writes for it, with the language's
 * decimal sign and no digit grouping, so a year stays 2024 and an id 20240101 (12345,7 in
 * Spanish), and a range's end as main writes it in a rule ("de 0 a 0,999999"). In exponent
 * form where JavaScript writes one (below 1e-6, from 1e21): 1,5E-7.
 * Shortest round-trip digits come from the formatter itself (21 is the most it allows).
 */
export function formatPlain(value: number): string {
  const exponent = String(value).includes('e');
  const options = {
    useGrouping: false,
    maximumSignificantDigits: 21,
    notation: exponent ? ('scientific' as const) : ('standard' as const),
  };
  return numberFormat(`plain-${options.notation}`, options).format(value);
}

/**
 * A measured value to at most `digits` significant digits, no trailing zeros, with the
 * language's signs: 0.0123 / 0,0123; 12,300 / 12.300 (where toPrecision would write 1.23e+4).
 * Chart ticks, weights and statistics go through here.
 */
export function formatSignificant(value: number, digits = 3): string {
  return numberFormat(`significant-${digits}`, { maximumSignificantDigits: digits }).format(value);
}

/** `value` with exactly `digits` decimals (as toFixed writes it, never "-0.00"): 2.50 / 2,50. */
export function formatFixed(value: number, digits: number): string {
  const options = {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative' as const,
  };
  return numberFormat(`fixed-${digits}`, options).format(value);
}

/**
 * `value` in powers of ten as toExponential(digits) writes it, with the language's decimal sign
 * and no trailing zeros: 1.23e-4 / 1,23e-4, 1e+5. For values too large or too small to read
 * in plain digits (each caller says where that starts).
 */
export function formatScientific(value: number, digits: number): string {
  if (!Number.isFinite(value)) return formatDecimal(value);
  const [mantissa, exponent] = value.toExponential(digits).split('e');
  return `${formatDecimal(Number(mantissa), digits)}e${exponent}`;
}

/** A share (0…1) as a percent with exactly `digits` decimals: 98.6% / 98,6 %. */
export function formatPercent(share: number, digits = 1): string {
  const options = {
    style: 'percent' as const,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
  return numberFormat(`percent-${digits}`, options).format(share);
}

/** A day: 3 Dec 2026 / 3 dic 2026. @param at a time stamp (ms), an ISO text or a Date */
export function formatDate(at: number | string | Date): string {
  return dateFormat('date', { dateStyle: 'medium' }).format(asDate(at));
}

/** A time of day: 14:05. */
export function formatTime(at: number | string | Date): string {
  return dateFormat('time', { timeStyle: 'short' }).format(asDate(at));
}

/** A day and time: 3 Dec 2026, 14:05. */
export function formatDateTime(at: number | string | Date): string {
  return dateFormat('date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(asDate(at));
}
