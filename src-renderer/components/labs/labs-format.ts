import { decisionLine } from '../../../src-engine/units/decision-line';
import { listText } from '../../labs/figure-numbers';
import { labsNumber } from '../../labs/labs-number';
import type { PlaneLine } from './LabsPlane.vue';

/** A weight or input vector as the labs print it, each entry rounded, in the language's
 * notation: "[0.5, -1, 2]" / "[0,5; -1; 2]". */
export function vec(v: readonly number[], digits?: number): string {
  return `[${listText(v.map((x) => labsNumber(x, digits)))}]`;
}

/**
 * The decision line w·x = 0 of a unit with weights [w₀, w₁, w₂], its positive side shaded and
 * its weight vector drawn (`style` overrides any of these); no line when w₁ = w₂ = 0.
 */
export function boundaryLine(
  w: readonly number[],
  label: string,
  style: Partial<PlaneLine> = {},
): PlaneLine[] {
  const l = decisionLine([...w]);
  return l ? [{ ...l, kind: 'labs-line-main', label, shade: true, normal: true, ...style }] : [];
}
