import { engineError } from '../core/engine-error';

/** Anything with binary inputs that answers a list of outputs: a unit, a network. */
export interface BinaryCircuit {
  readonly inputCount: number;
  evaluate(x: ArrayLike<number>): number[];
}

/** Every input combination and the outputs it gives. */
export interface TruthTable {
  /** [2^n][n], counting in binary with the first input as the most significant bit. */
  inputs: number[][];
  /** [2^n][outputs]. */
  outputs: number[][];
}

/** Above this the table (2^n rows) is too large to be worth showing. */
export const MAX_TRUTH_TABLE_INPUTS = 16;

/**
 * The truth table of a unit or network over all 2^n binary inputs, rows ordered 00…0, 00…1, …, 11…1.
 * @throws Error if the circuit has no inputs or more than MAX_TRUTH_TABLE_INPUTS.
 */
export function truthTable(circuit: BinaryCircuit): TruthTable {
  const n = circuit.inputCount;
  if (!Number.isInteger(n) || n < 1 || n > MAX_TRUTH_TABLE_INPUTS) {
    throw engineError('unit.truthInputs', { max: MAX_TRUTH_TABLE_INPUTS, got: String(n) });
  }
  const table: TruthTable = { inputs: [], outputs: [] };
  for (let row = 0; row < 1 << n; row++) {
    const x: number[] = [];
    for (let j = n - 1; j >= 0; j--) x.push((row >> j) & 1);
    table.inputs.push(x);
    table.outputs.push(circuit.evaluate(x));
  }
  return table;
}
