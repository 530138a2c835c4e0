import { Network, type Weights } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { booleanName } from '../models/boolean-functions';
import { hiddenTables } from '../models/xor-network';
import { isRecord } from '../problems';
import { binaryRows } from '../binary-rows';
import { fail, fmt, pass, say, type CheckKind } from './check-result';
import { thrownText } from '../../i18n/engine-text';

export interface NetworkClassifiesParams {
  /** Wanted 0/1 output per binary input row; an output counts as 1 when ≥ 0.5. */
  outputs: number[];
  /** When true, the student must also say which function each hidden unit computes. */
  nameHidden?: boolean;
}

/** The answer of an 'xor-trained' figure: the network and its trained weights. */
export interface NetworkAnswer {
  spec: NetworkSpec;
  weights: Weights;
  /** the truth table ('0111') the student says each hidden unit computes, '' for none */
  hiddenGuess?: string[];
}

/** Passes when the network, evaluated by the engine on every row, rounds to the wanted table. */
export const networkClassifies: CheckKind<NetworkClassifiesParams> = {
  run(params, answer) {
    if (!isRecord(answer) || !isRecord(answer.spec) || !isRecord(answer.weights)) {
      return fail(say('network.trainFirst'));
    }
    let net: Network;
    try {
      net = new Network(answer.spec as unknown as NetworkSpec);
      net.setWeights(answer.weights as unknown as Weights);
    } catch (error) {
      return fail(say('network.invalid', { why: thrownText(error) }));
    }
    const n = Math.log2(params.outputs.length);
    if (net.spec.inputs !== n) return fail(say('network.inputs', { inputs: net.spec.inputs, n }));
    const rows = binaryRows(n);
    const y = net.predict(Float32Array.from(rows.flat()), rows.length);
    const wrong = rows
      .map((x, r) => ({ x, got: y[r], want: params.outputs[r] }))
      .filter((row) => (row.got >= 0.5 ? 1 : 0) !== row.want)
      .map((row) => say('network.row', { x: row.x.join(', '), got: fmt(row.got), want: row.want }));
    if (wrong.length > 0) {
      return fail(
        say('network.wrong', { wrong: wrong.length, n: rows.length, rows: wrong.join('; ') }),
      );
    }
    if (params.nameHidden && n === 2 && net.spec.layers.length === 2) {
      const guess = Array.isArray(answer.hiddenGuess) ? (answer.hiddenGuess as unknown[]) : [];
      const truth = hiddenTables(net.spec, answer.weights as unknown as Weights);
      if (truth.some((_, j) => typeof guess[j] !== 'string' || guess[j] === ''))
        return fail(say('network.nameHidden'));
      if (truth.some((t, j) => guess[j] !== t)) return fail(say('network.hiddenWrong'));
      return pass(
        say('network.hiddenPassed', {
          names: truth.map((t) => booleanName(t)).join(say('and')),
        }),
      );
    }
    return pass(say('network.passed', { n: rows.length }));
  },
};
