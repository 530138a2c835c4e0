import { formatConstant, formatNumber, formatOperand, type StepWriter } from './format-number';
import type { MutableNode, NodeKind } from './graph-node';
import { OPS } from './ops';

/** One assignment of a forward pass, for a view that fills the graph in node by node. */
export interface ForwardStep {
  node: string;
  kind: NodeKind;
  /** symbolic form: "u = w1·x"; for inputs "x (input)", for parameters "w1 (parameter)" */
  formula: string;
  /** the same formula with another decimal sign (a pow's exponent: "y = x^0,5") */
  writeFormula: StepWriter;
  /** with numbers: "u = w1·x = 1.0·2.0 = 2.0"; for inputs and parameters "x = 2.0" */
  text: string;
  /** the same text with another decimal sign (a view's language): "u = w1·x = 1,0·2,0 = 2,0" */
  write: StepWriter;
  value: number;
}

/**
 * Computes every compute node's value, in the given (topological) order, and records one step
 * per node. Input values must already be stored on the input nodes.
 */
export function runForward(nodes: readonly MutableNode[]): ForwardStep[] {
  const steps: ForwardStep[] = [];
  for (const n of nodes) {
    if (n.op === null) {
      const what = n.kind === 'input' ? 'input' : 'parameter';
      const { name, value } = n;
      const write: StepWriter = (point) => `${name} = ${formatNumber(value, point)}`;
      const formula = `${n.name} (${what})`;
      steps.push({
        node: n.name,
        kind: n.kind,
        formula,
        writeFormula: () => formula,
        text: write('.'),
        write,
        value: n.value,
      });
      continue;
    }
    const op = OPS[n.op];
    // operands come earlier in the order, so their values are already up to date
    const a = n.args.map((arg) => arg.value);
    n.value = op.forward(a, n.exponent);
    const { name, value, exponent } = n;
    const names = n.args.map((arg) => arg.name);
    const symbolic: StepWriter = (point) =>
      op.formula(names, exponent, (v) => formatConstant(v, point));
    const write: StepWriter = (point) => {
      const numeric = op.formula(
        a.map((v) => formatOperand(v, point)),
        exponent,
        (v) => formatConstant(v, point),
      );
      return `${name} = ${symbolic(point)} = ${numeric} = ${formatNumber(value, point)}`;
    };
    const writeFormula: StepWriter = (point) => `${name} = ${symbolic(point)}`;
    steps.push({
      node: n.name,
      kind: n.kind,
      formula: writeFormula('.'),
      writeFormula,
      text: write('.'),
      write,
      value: n.value,
    });
  }
  return steps;
}
