/**
 * Writes a number for the step-by-step formula texts: whole numbers keep one decimal ("2.0")
 * so they read as real values, others get 4 significant digits; negatives use "−" and
 * non-finite values are "NaN", "∞" and "−∞".
 * @param point the decimal sign: a view passes its language's ("2,0"); the engine's is "."
 */
export function formatNumber(v: number, point = '.'): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return `0${point}0`;
  // the typographic minus matches the "−" of the formulas
  if (v < 0) return `−${formatNumber(-v, point)}`;
  const text = Number.isInteger(v) && v < 1e6 ? v.toFixed(1) : String(Number(v.toPrecision(4)));
  return point === '.' ? text : text.replace('.', point);
}

/** Like formatNumber, but negative numbers are wrapped in parentheses so that
 * "2.0 − (−3.0)" and "(−1.0)²" read unambiguously inside a formula. */
export function formatOperand(v: number, point = '.'): string {
  const s = formatNumber(v, point);
  return v < 0 ? `(${s})` : s;
}

/** A constant of a formula (a pow node's exponent) as it was given, shortest: "2", "0.5",
 * "−1"; with the decimal sign `point` ("0,5"). */
export function formatConstant(v: number, point = '.'): string {
  if (!Number.isFinite(v)) return formatNumber(v, point);
  const text = String(Math.abs(v));
  const written = point === '.' ? text : text.replace('.', point);
  return v < 0 ? `−${written}` : written;
}

/** Writes a formula's constants (see formatConstant). */
export type ConstantWriter = (v: number) => string;

/** A step's text written with the decimal sign `point`: "z = 2.0·(−1.5) = −3.0" with ",". */
export type StepWriter = (point: string) => string;
