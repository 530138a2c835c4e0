import { Network, type Weights } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { booleanName } from '../models/boolean-functions';
import { hiddenTables } from '../models/xor-network';
import { isRecord } from '../problems';
import { binaryRows, fail, fmt, pass, type CheckKind } from './check-result';

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
      return fail('Train the network first.');
    }
    let net: Network;
    try {
      net = new Network(answer.spec as unknown as NetworkSpec);
      net.setWeights(answer.weights as unknown as Weights);
    } catch (error) {
      return fail(`The network is not valid: ${(error as Error).message}`);
    }
    const n = Math.log2(params.outputs.length);
    if (net.spec.inputs !== n)
      return fail(`The network has ${net.spec.inputs} inputs; the table needs ${n}.`);
    const rows = binaryRows(n);
    const y = net.predict(Float32Array.from(rows.flat()), rows.length);
    const wrong = rows
      .map((x, r) => ({ x, got: y[r], want: params.outputs[r] }))
      .filter((row) => (row.got >= 0.5 ? 1 : 0) !== row.want)
      .map((row) => `(${row.x.join(', ')}) gives ${fmt(row.got)}, wanted ${row.want}`);
    if (wrong.length > 0) {
      return fail(
        `${wrong.length} of ${rows.length} rows are wrong: ${wrong.join('; ')}. Train longer or try another seed (a run can stall in a local minimum).`,
      );
    }
    if (params.nameHidden && n === 2 && net.spec.layers.length === 2) {
      const guess = Array.isArray(answer.hiddenGuess) ? (answer.hiddenGuess as unknown[]) : [];
      const truth = hiddenTables(net.spec, answer.weights as unknown as Weights);
      if (truth.some((_, j) => typeof guess[j] !== 'string' || guess[j] === ''))
        return fail(
          "The network computes the table. Now read it: say which function each hidden unit computes (work out each unit's output on the four rows from its weights and line).",
        );
      if (truth.some((t, j) => guess[j] !== t))
        return fail(
          'At least one hidden unit computes something else: on each row, is its weighted sum w·x + b above 0 (the unit is on) or below?',
        );
      return pass(
        `Right: the outputs round to the table, and the hidden units compute ${truth.map((t) => booleanName(t)).join(' and ')}.`,
      );
    }
    return pass(`Right: the network's outputs round to the table on all ${rows.length} rows.`);
  },
};
