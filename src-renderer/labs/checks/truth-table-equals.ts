import { MPNetwork, type MPNetworkSpec } from '../../../src-engine/units/mp-network';
import { truthTable } from '../../../src-engine/units/truth-table';
import { isRecord } from '../problems';
import { fail, pass, type CheckKind } from './check-result';

/**
 * The table the circuit must compute; optionally the inhibition rule it must use and the only
 * units the student may change (the others must stay as the lab set them).
 */
export interface TruthTableParams {
  outputs: number[];
  mode?: 'weighted' | 'absolute';
  onlyChange?: string[];
}

/** The answer of an 'mp-builder' figure: the network as the student set it. */
export interface CircuitAnswer {
  circuit: MPNetworkSpec;
  /** ids of the units that differ from the lab's setup */
  changed?: string[];
}

/**
 * Passes when the student's McCulloch–Pitts circuit has the wanted truth table; the failure
 * names the rows that are wrong.
 */
export const truthTableEquals: CheckKind<TruthTableParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.circuit))
      return fail('There is no circuit to check yet.');
    let net: MPNetwork;
    try {
      net = new MPNetwork(answer.circuit as unknown as MPNetworkSpec);
    } catch (error) {
      return fail(`The circuit is not valid: ${(error as Error).message}`);
    }
    const rows = params.outputs.length;
    if (1 << net.inputCount !== rows) {
      return fail(`The circuit has ${net.inputCount} inputs; this table needs ${Math.log2(rows)}.`);
    }
    if (params.onlyChange) {
      const changed = Array.isArray(answer.changed) ? (answer.changed as string[]) : [];
      const forbidden = changed.filter((id) => !params.onlyChange!.includes(id));
      if (forbidden.length > 0) {
        const units = forbidden.join(' and ');
        return fail(
          `You changed unit ${units}; this task allows changing only ${params.onlyChange.join(', ')}. Press “Reset the units” and try again.`,
        );
      }
    }
    if (params.mode) {
      const other = net.weights().find((n) => n.mode !== params.mode);
      if (other)
        return fail(
          `Unit ${other.id} uses ${other.mode} inhibition; this task asks for ${params.mode} inhibition.`,
        );
    }
    const table = truthTable(net);
    const wrong: string[] = [];
    table.inputs.forEach((x, r) => {
      const got = table.outputs[r][0];
      if (got !== params.outputs[r]) {
        const at = x.map((v, j) => `${net.inputNames[j]} = ${v}`).join(', ');
        wrong.push(`for ${at} it gives ${got}, the table wants ${params.outputs[r]}`);
      }
    });
    if (wrong.length === 0) return pass(`Right: all ${rows} rows of the truth table match.`);
    return fail(`${wrong.length} of ${rows} rows are wrong: ${wrong.join('; ')}.`);
  },
};
