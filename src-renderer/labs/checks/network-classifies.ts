import { Network, type Weights } from '../../../src-engine/network/network';
import type { NetworkSpec } from '../../../src-engine/network/spec';
import { isRecord } from '../problems';
import { binaryRows, fail, fmt, outputsProblems, pass, type CheckKind } from './check-result';

export interface NetworkClassifiesParams {
  /** Wanted 0/1 output per binary input row; an output counts as 1 when ≥ 0.5. */
  outputs: number[];
}

/** The answer of an 'xor-trained' figure: the network and its trained weights. */
export interface NetworkAnswer {
  spec: NetworkSpec;
  weights: Weights;
}

/** Passes when the network, evaluated by the engine on every row, rounds to the wanted table. */
export const networkClassifies: CheckKind<NetworkClassifiesParams> = {
  paramProblems: (params) => outputsProblems(params.outputs),
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
    return pass(`Right: the network's outputs round to the table on all ${rows.length} rows.`);
  },
};
