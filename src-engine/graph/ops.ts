/**
 * The operations a compute node can perform. Each record keeps the forward formula and its
 * local derivatives side by side (micrograd style), so the chain rule can be checked by eye.
 * All arithmetic is on plain JS numbers (float64): the graph is for teaching, not for speed.
 */
import { sigmoidValue } from '../activations/smooth';
import type { ConstantWriter } from './format-number';

/** Name of an operation; also the builder method that creates it. */
export type OpName =
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'neg'
  | 'square'
  | 'pow'
  | 'exp'
  | 'log'
  | 'sigmoid'
  | 'tanh'
  | 'relu'
  | 'sum';

/** One operation: its value, its local derivatives and how to write both down. */
export interface OpDef {
  /** number of operands, or 'many' (at least one) */
  arity: number | 'many';
  /** the node's value from its operands' values `a`; `p` is the constant exponent of pow */
  forward(a: readonly number[], p: number): number;
  /** ∂out/∂a[i] for every operand, given the operands and the node's own value `out` */
  local(a: readonly number[], out: number, p: number): number[];
  /** right-hand side of the formula, from operand texts (names or numbers); the constant
   * exponent `p` written by `num`, with the decimal sign of the text it goes in */
  formula(a: readonly string[], p: number, num: ConstantWriter): string;
  /** right-hand side of ∂out/∂a[i], written with operand names `a` and the node's name `out` */
  localFormula(
    a: readonly string[],
    out: string,
    i: number,
    p: number,
    num: ConstantWriter,
  ): string;
}

/** Logistic function: the activation's own (split by sign so that exp never overflows). */
export const sigmoid = sigmoidValue;

const unary = (
  f: (x: number) => number,
  df: (x: number, out: number) => number,
  text: (a: string) => string,
  dtext: (a: string, out: string) => string,
): OpDef => ({
  arity: 1,
  forward: (a) => f(a[0]),
  local: (a, out) => [df(a[0], out)],
  formula: (a) => text(a[0]),
  localFormula: (a, out) => dtext(a[0], out),
});

/** Every operation, keyed by name. */
export const OPS: Readonly<Record<OpName, OpDef>> = {
  add: {
    arity: 2,
    forward: (a) => a[0] + a[1],
    local: () => [1, 1],
    formula: (a) => `${a[0]} + ${a[1]}`,
    localFormula: () => '1',
  },
  sub: {
    arity: 2,
    forward: (a) => a[0] - a[1],
    local: () => [1, -1],
    formula: (a) => `${a[0]} − ${a[1]}`,
    localFormula: (_a, _out, i) => (i === 0 ? '1' : '−1'),
  },
  mul: {
    arity: 2,
    forward: (a) => a[0] * a[1],
    // each factor's derivative is the other factor
    local: (a) => [a[1], a[0]],
    formula: (a) => `${a[0]}·${a[1]}`,
    localFormula: (a, _out, i) => a[1 - i],
  },
  div: {
    arity: 2,
    forward: (a) => a[0] / a[1],
    local: (a) => [1 / a[1], -a[0] / (a[1] * a[1])],
    formula: (a) => `${a[0]} / ${a[1]}`,
    localFormula: (a, _out, i) => (i === 0 ? `1 / ${a[1]}` : `−${a[0]} / ${a[1]}²`),
  },
  neg: unary(
    (x) => -x,
    () => -1,
    (a) => `−${a}`,
    () => '−1',
  ),
  square: unary(
    (x) => x * x,
    (x) => 2 * x,
    (a) => `${a}²`,
    (a) => `2·${a}`,
  ),
  pow: {
    arity: 1,
    forward: (a, p) => Math.pow(a[0], p),
    // p·a^(p−1); written out for p = 0 so that 0^(−1) does not turn 0·∞ into NaN
    local: (a, _out, p) => [p === 0 ? 0 : p * Math.pow(a[0], p - 1)],
    formula: (a, p, num) => `${a[0]}^${num(p)}`,
    localFormula: (a, _out, _i, p, num) => `${num(p)}·${a[0]}^${num(p - 1)}`,
  },
  exp: unary(
    Math.exp,
    (_x, out) => out,
    (a) => `exp(${a})`,
    (_a, out) => out,
  ),
  log: unary(
    Math.log,
    (x) => 1 / x,
    (a) => `ln(${a})`,
    (a) => `1 / ${a}`,
  ),
  sigmoid: unary(
    sigmoid,
    (_x, out) => out * (1 - out),
    (a) => `σ(${a})`,
    (_a, out) => `${out}·(1 − ${out})`,
  ),
  tanh: unary(
    Math.tanh,
    (_x, out) => 1 - out * out,
    (a) => `tanh(${a})`,
    (_a, out) => `1 − ${out}²`,
  ),
  relu: unary(
    (x) => (x > 0 ? x : 0),
    // the kink at 0 gets derivative 0, as in most libraries
    (x) => (x > 0 ? 1 : 0),
    (a) => `relu(${a})`,
    (a) => `[${a} > 0]`,
  ),
  sum: {
    arity: 'many',
    forward: (a) => a.reduce((s, v) => s + v, 0),
    local: (a) => a.map(() => 1),
    formula: (a) => a.join(' + '),
    localFormula: () => '1',
  },
};
