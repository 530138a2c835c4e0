/**
 * What a check answers: pass or fail, and a sentence saying what is right or still wrong.
 * The sentence is written in the student's language when the check runs (`say`, message area
 * `verdicts`); the judgement itself never depends on the language.
 */
import { i18n } from '../../i18n';

export interface CheckResult {
  passed: boolean;
  message: string;
}

export const pass = (message: string): CheckResult => ({ passed: true, message });
export const fail = (message: string): CheckResult => ({ passed: false, message });

/**
 * A named check: judges a student's answer. Its parameters (from the lab file) were checked by
 * the kind's schema in src-main/contract/lab-document/check-params.ts, which main uses too.
 */
export interface CheckKind<P> {
  /** Judges the answer the figure reports. Never throws: a malformed answer fails with a message. */
  run(params: P, answer: unknown): CheckResult;
}

/** A labelled point list [x1, x2, t][] from an answer, or null. */
export function readPoints(v: unknown): [number, number, number][] | null {
  if (!Array.isArray(v)) return null;
  for (const p of v) {
    if (!Array.isArray(p) || p.length !== 3 || !p.every((n) => Number.isFinite(n))) return null;
  }
  return v as [number, number, number][];
}

/** A verdict sentence in the current language: `verdicts.<key>` filled with `values`;
 * `count` picks the singular or plural form where the message has both. */
export function say(key: string, values: Record<string, unknown> = {}, count?: number): string {
  const id = `verdicts.${key}`;
  return count === undefined ? i18n.global.t(id, values) : i18n.global.t(id, values, count);
}

/** Numbers shown to the student: at most 3 decimals, no trailing zeros, with the language's
 * decimal sign (0.25 / 0,25). */
export function fmt(v: number): string {
  return decimal(String(Math.round(v * 1000) / 1000));
}

/** A number already written with a dot (toFixed, toPrecision, String) in the current
 * language's decimal sign. */
export function decimal(text: string): string {
  return text.replace('.', i18n.global.t('verdicts.decimalSign'));
}

/** A parameter as the lab file wrote it (String(v)), with the language's decimal sign. */
export const plain = (v: number): string => decimal(String(v));

/** A computed value to 4 significant digits, with the language's decimal sign. */
export const precise = (v: number): string => decimal(v.toPrecision(4));

/** Numbers listed in one sentence: "0.5, 1" / "0,5; 1" (a comma would mix with the decimal
 * comma). */
export function list(values: readonly (number | string)[]): string {
  return values
    .map((v) => (typeof v === 'number' ? fmt(v) : v))
    .join(i18n.global.t('verdicts.listSeparator'));
}
