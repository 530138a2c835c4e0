/**
 * The Train settings' numeric fields: their allowed ranges (the contract's trainConfig
 * ranges) and the check that turns typed text into a value or a message naming the field.
 * Names and messages come from the `train.settings.rules` messages of the chosen language.
 */
import { i18n } from '../i18n';

/** What a numeric setting accepts. */
export interface SettingRule {
  /** the field's name as the form shows it, for messages */
  label: string;
  min: number;
  max: number;
  /** the minimum itself is not allowed (a positive number) */
  minExclusive?: boolean;
  integer?: boolean;
}

export type SettingCheck = { ok: true; value: number } | { ok: false; message: string };

const RULES = {
  learningRate: { min: 0, max: 100, minExclusive: true },
  batchSize: { min: 1, max: 10_000_000, integer: true },
  epochs: { min: 1, max: 1_000_000, integer: true },
  seed: { min: 0, max: 0xffff_ffff, integer: true },
  momentum: { min: 0, max: 0.999999 },
  beta1: { min: 0, max: 0.999999 },
  beta2: { min: 0, max: 0.999999 },
  weightDecay: { min: 0, max: 1 },
  l1: { min: 0, max: 1 },
  c1: { min: 0, max: 1e9, minExclusive: true },
  c2: { min: 0, max: 1e9, minExclusive: true },
  gamma: { min: 0, max: 1, minExclusive: true },
  every: { min: 1, max: 1_000_000, integer: true },
  patience: { min: 1, max: 1_000_000, integer: true },
  minDelta: { min: 0, max: 1e9 },
} satisfies Record<string, Omit<SettingRule, 'label'>>;

export type SettingName = keyof typeof RULES;

/** The rule of a named setting. */
export function settingRule(name: SettingName): SettingRule {
  return { ...RULES[name], label: i18n.global.t(`train.settings.rules.${name}`) };
}

const t = i18n.global.t;
const format = (v: number) => i18n.global.n(v, { maximumFractionDigits: 6 });

/** "a whole number from 1 to 1,000,000", "a number above 0, at most 100", … */
export function describeRule(rule: SettingRule): string {
  const range = { min: format(rule.min), max: format(rule.max) };
  const kind = rule.integer ? 'whole' : 'number';
  return t(`train.settings.${kind}${rule.minExclusive ? 'Above' : 'Range'}`, range);
}

/**
 * Reads typed text (or the number a number input already made of it) against a rule.
 * @returns the value, or a message such as "Patience must be a whole number from 1 to
 *   1,000,000 (got 2.5)."
 */
export function checkSetting(text: string | number, rule: SettingRule): SettingCheck {
  // v-model on a number input hands over a number once the text parses
  const trimmed = String(text).trim();
  if (trimmed === '')
    return {
      ok: false,
      message: t('train.settings.empty', { label: rule.label, rule: describeRule(rule) }),
    };
  const value = Number(trimmed);
  const fits =
    Number.isFinite(value) &&
    (rule.minExclusive ? value > rule.min : value >= rule.min) &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value));
  if (fits) return { ok: true, value };
  const message = t('train.settings.outside', {
    label: rule.label,
    rule: describeRule(rule),
    text: trimmed,
  });
  return { ok: false, message };
}
