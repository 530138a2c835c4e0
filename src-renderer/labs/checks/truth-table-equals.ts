import { MPNetwork, type MPNetworkSpec } from '../../../src-engine/units/mp-network';
import { truthTable } from '../../../src-engine/units/truth-table';
import { isRecord } from '../problems';
import { fail, pass, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

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
    if (!isRecord(answer) || !isRecord(answer.circuit)) return fail(say('truthTable.noCircuit'));
    let net: MPNetwork;
    try {
      net = new MPNetwork(answer.circuit as unknown as MPNetworkSpec);
    } catch (error) {
      return fail(say('truthTable.invalid', { why: thrownText(error) }));
    }
    const rows = params.outputs.length;
    if (1 << net.inputCount !== rows) {
      return fail(say('truthTable.inputs', { inputs: net.inputCount, n: Math.log2(rows) }));
    }
    if (params.onlyChange) {
      const changed = Array.isArray(answer.changed) ? (answer.changed as string[]) : [];
      const forbidden = changed.filter((id) => !params.onlyChange!.includes(id));
      if (forbidden.length > 0) {
        const units = forbidden.join(say('and'));
        return fail(say('truthTable.onlyChange', { units, allowed: params.onlyChange.join(', ') }));
      }
    }
    if (params.mode) {
      const other = net.weights().find((n) => n.mode !== params.mode);
      if (other)
        return fail(
          say('truthTable.mode', {
            id: other.id,
            mode: say(`truthTable.inhibition.${other.mode}`),
            wanted: say(`truthTable.inhibition.${params.mode}`),
          }),
        );
    }
    const table = truthTable(net);
    const wrong: string[] = [];
    table.inputs.forEach((x, r) => {
      const got = table.outputs[r][0];
      if (got !== params.outputs[r]) {
        const at = x.map((v, j) => `${net.inputNames[j]} = ${v}`).join(', ');
        wrong.push(say('truthTable.row', { at, got, want: params.outputs[r] }));
      }
    });
    if (wrong.length === 0) return pass(say('truthTable.passed', { n: rows }));
    return fail(say('truthTable.wrong', { wrong: wrong.length, n: rows, rows: wrong.join('; ') }));
  },
};
