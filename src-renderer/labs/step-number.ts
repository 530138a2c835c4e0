/**
 * Numbers of the computation-graph and delta labs in the chosen language. The engine writes its
 * step-by-step formulas ("z = 2.0·(−1.5) = −3.0") and imports nothing of the interface, so it
 * takes the decimal sign from here; these texts are plain text, not typeset math, so a reader
 * gets them with the language's sign ("−3,0"). The shape stays the engine's (whole values keep
 * one decimal, 4 significant digits, "−"), so a node's readout and the step that computed it
 * agree. Both read the language when called, so a view follows a change of language.
 */
import { formatNumber, type StepWriter } from '../../src-engine/graph/format-number';
import { decimalSign } from './figure-numbers';

/** `v` as the engine's step texts write it, with the language's decimal sign: 2.0 / 2,0. */
export function stepNumber(v: number): string {
  return formatNumber(v, decimalSign());
}

/** One of the engine's steps (forward, backward or an edge's) with the language's decimal sign. */
export function stepText(step: { write: StepWriter }): string {
  return step.write(decimalSign());
}

/** A step's formula without numbers ("y = x^0,5"), with the language's decimal sign: a pow
 * node's constant exponent is written by the engine with the sign it is given. */
export function stepFormula(step: { writeFormula: StepWriter }): string {
  return step.writeFormula(decimalSign());
}
