import type { DType } from '../core/float-array';
import { binaryDataset } from './build-dataset';
import type { Dataset } from './dataset';
import { checkDtype, describe } from './validate';

/** The logic gates whose truth tables makeTruthTable produces. */
export type Gate = 'and' | 'or' | 'not' | 'xor';

/** All gates, in the order a UI lists them. */
export const GATES: readonly Gate[] = ['and', 'or', 'not', 'xor'];

const OUTPUT: Record<Gate, (a: number, b: number) => number> = {
  and: (a, b) => a & b,
  or: (a, b) => a | b,
  not: (a) => 1 - a,
  xor: (a, b) => a ^ b,
};

/**
 * The complete truth table of a logic gate: inputs are 0/1, the target is the gate's output
 * as one 0/1 column (labels 0 / 1, classNames ['0', '1']). Rows count in binary from all
 * zeros: (0,0) (0,1) (1,0) (1,1); NOT has one input and two rows. Nothing is random.
 * @param options.gate 'and' | 'or' | 'not' | 'xor'
 * @returns x [4, 2] (NOT: [2, 1]), y [4, 1] (NOT: [2, 1])
 * @throws Error when gate or dtype is unknown
 */
export function makeTruthTable(options: { gate: Gate; dtype?: DType }): Dataset {
  const gate = options?.gate;
  if (!GATES.includes(gate)) {
    throw new Error(
      `makeTruthTable: gate must be one of ${GATES.join(', ')}, got ${describe(gate)}`,
    );
  }
  const dtype = checkDtype('makeTruthTable', options.dtype ?? 'float32');
  const inputs = gate === 'not' ? 1 : 2;
  const rows = 1 << inputs;
  const x = new Float64Array(rows * inputs);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    // the first input is the most significant bit, so rows read 00, 01, 10, 11
    const a = inputs === 2 ? r >> 1 : r;
    const b = r & 1;
    x[r * inputs] = a;
    if (inputs === 2) x[r * inputs + 1] = b;
    labels[r] = OUTPUT[gate](a, b);
  }
  const featureNames = inputs === 2 ? ['a', 'b'] : ['a'];
  return binaryDataset(x, labels, inputs, featureNames, ['0', '1'], dtype);
}
