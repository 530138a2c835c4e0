/**
 * Writes a number for the step-by-step formula texts: whole numbers keep one decimal ("2.0")
 * so they read as real values, others get 4 significant digits; negatives use "−" and
 * non-finite values are "NaN", "∞" and "−∞".
 */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0.0';
  // the typographic minus matches the "−" of the formulas
  if (v < 0) return `−${formatNumber(-v)}`;
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return v.toFixed(1);
  return String(Number(v.toPrecision(4)));
}

/** Like formatNumber, but negative numbers are wrapped in parentheses so that
 * "2.0 − (−3.0)" and "(−1.0)²" read unambiguously inside a formula. */
export function formatOperand(v: number): string {
  const s = formatNumber(v);
  return v < 0 ? `(${s})` : s;
}
