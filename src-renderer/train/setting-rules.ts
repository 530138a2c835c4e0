/**
 * The Train settings' numeric fields: their allowed ranges (the contract's trainConfig
 * ranges) and the check that turns typed text into a value or a message naming the field.
 */

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
  learningRate: { label: 'Learning rate', min: 0, max: 100, minExclusive: true },
  batchSize: { label: 'Batch size', min: 1, max: 10_000_000, integer: true },
  epochs: { label: 'Epochs', min: 1, max: 1_000_000, integer: true },
  seed: { label: 'Seed', min: 0, max: 0xffff_ffff, integer: true },
  momentum: { label: 'Momentum', min: 0, max: 0.999999 },
  beta1: { label: 'β1', min: 0, max: 0.999999 },
  beta2: { label: 'β2', min: 0, max: 0.999999 },
  weightDecay: { label: 'L2 weight decay', min: 0, max: 1 },
  l1: { label: 'L1', min: 0, max: 1 },
  c1: { label: 'c1', min: 0, max: 1e9, minExclusive: true },
  c2: { label: 'c2', min: 0, max: 1e9, minExclusive: true },
  gamma: { label: 'γ (decay factor)', min: 0, max: 1, minExclusive: true },
  every: { label: 'Every (epochs)', min: 1, max: 1_000_000, integer: true },
  patience: { label: 'Patience', min: 1, max: 1_000_000, integer: true },
  minDelta: { label: 'Min delta', min: 0, max: 1e9 },
} satisfies Record<string, SettingRule>;

export type SettingName = keyof typeof RULES;

/** The rule of a named setting. */
export function settingRule(name: SettingName): SettingRule {
  return RULES[name];
}

const format = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 6 });

/** "a whole number from 1 to 1,000,000", "a number above 0, at most 100", … */
export function describeRule(rule: SettingRule): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  return rule.minExclusive
    ? `${kind} above ${format(rule.min)}, at most ${format(rule.max)}`
    : `${kind} from ${format(rule.min)} to ${format(rule.max)}`;
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
    return { ok: false, message: `${rule.label} is empty: enter ${describeRule(rule)}.` };
  const value = Number(trimmed);
  const fits =
    Number.isFinite(value) &&
    (rule.minExclusive ? value > rule.min : value >= rule.min) &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value));
  if (fits) return { ok: true, value };
  return { ok: false, message: `${rule.label} must be ${describeRule(rule)} (got ${trimmed}).` };
}
