/**
 * What the student changed in a figure that "open in the full views" should carry along:
 * the McCulloch–Pitts unit as they set it, lab 10's c1 and c2. Read from the figure's answer,
 * so figures need not know about the full views.
 */
import type { MPNetworkSpec } from '../../src-engine/units/mp-network';
import type { FigureKind } from './figure-kinds';
import type { OpenInOverrides } from './open-in-schema';
import { isRecord } from './problems';

/** The overrides of a figure's answer, or null when nothing carries over. */
export function overridesFrom(kind: FigureKind, answer: unknown): OpenInOverrides | null {
  if (!isRecord(answer)) return null;
  if (kind === 'mp-builder') return unitOf(answer.circuit as MPNetworkSpec | undefined);
  if (kind === 'schedule-compare') {
    const { c1, c2 } = answer;
    if (typeof c1 !== 'number' || typeof c2 !== 'number' || !(c1 > 0) || !(c2 > 0)) return null;
    return {
      schedule: { kind: 'inverse', c1, c2 },
      label: `the linear unit trained with α_k = ${c1}/(k + ${c2})`,
    };
  }
  return null;
}

/** One unit with weights of 1 is what Design's McCulloch–Pitts block holds; others stay. */
function unitOf(circuit: MPNetworkSpec | undefined): OpenInOverrides | null {
  if (!circuit || circuit.nodes.length !== 1) return null;
  const { unit, sources } = circuit.nodes[0];
  if (sources.some((s, i) => s !== circuit.inputs[i]) || sources.length !== circuit.inputs.length)
    return null;
  if (!unit.inputs.every((input) => (input.weight ?? 1) === 1)) return null;
  return {
    unit: {
      model: 'mcculloch-pitts',
      threshold: unit.threshold,
      inhibitory: unit.inputs.flatMap((input, i) => (input.kind === 'inhibitory' ? [i] : [])),
      inhibition: unit.mode,
    },
  };
}
