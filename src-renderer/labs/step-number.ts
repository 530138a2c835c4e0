/**
 * Numbers of the computation-graph and delta labs in the chosen language. The engine writes its
 * step-by-step formulas ("z = 2.0·(−1.5) = −3.0") with a dot, and it imports nothing of the
 * interface; these texts are plain text, not typeset math, so a reader gets them with the
 * language's decimal sign ("−3,0"). The shape stays the engine's (whole values keep one decimal,
 * 4 significant digits, "−"), so a node's readout and the step that computed it agree.
 */
import { formatNumber } from '../../src-engine/graph/format-number';
import { decimalSign } from './figure-numbers';

/** `v` as the engine's step texts write it, with the language's decimal sign: 2.0 / 2,0. */
export function stepNumber(v: number): string {
  return formatNumber(v).replace('.', decimalSign());
}

/**
 * One of the engine's step texts with the language's decimal sign. Only a dot between two
 * digits is a decimal point there; the engine's formulas never separate operands with a comma,
 * so a decimal comma cannot be misread.
 */
export function stepText(text: string): string {
  const sign = decimalSign();
  return sign === '.' ? text : text.replace(/(\d)\.(\d)/g, `$1${sign}$2`);
}
