import { formatConstant, formatNumber, formatOperand, type StepWriter } from './format-number';
import type { MutableNode, NodeKind } from './graph-node';
import { OPS } from './ops';

/** One edge's share of a node's gradient: ∂L/∂consumer · ∂consumer/∂node. */
export interface BackwardEdge {
  /** the compute node that uses this node as an operand */
  consumer: string;
  /** position of this node among the consumer's operands (x·x has two edges, 0 and 1) */
  argIndex: number;
  /** ∂L/∂consumer */
  upstream: number;
  /** ∂consumer/∂node, the operation's local derivative */
  local: number;
  /** the local derivative as a symbol: "∂u/∂w1", or "∂(z²)/∂z" when the consumer is L itself */
  localSymbol: string;
  /** the same symbol with another decimal sign (a pow's exponent: "∂(x^0,5)/∂x") */
  writeSymbol: StepWriter;
  /** the local derivative written out: "∂u/∂w1 = x" */
  localFormula: string;
  /** upstream · local, this edge's contribution to ∂L/∂node */
  product: number;
  /** "∂L/∂u · ∂u/∂w1 = 2.0 · 3.0 = 6.0" */
  text: string;
  /** the same text with another decimal sign (a view's language) */
  write: StepWriter;
}

/** How one node's gradient ∂L/∂node was obtained: the sum of its edges' products. */
export interface BackwardStep {
  node: string;
  kind: NodeKind;
  /** ∂L/∂node */
  grad: number;
  /** one per use of the node by a consumer L depends on; empty for L itself */
  edges: BackwardEdge[];
  /** "∂L/∂w1 = ∂L/∂u · ∂u/∂w1"; for L itself "∂L/∂L = 1" */
  formula: string;
  /** the same formula with another decimal sign (a view's language) */
  writeFormula: StepWriter;
  /** "∂L/∂w1 = ∂L/∂u · ∂u/∂w1 = 2.0 · 3.0 = 6.0" */
  text: string;
  /** the same text with another decimal sign (a view's language) */
  write: StepWriter;
}

const d = (of: string, wrt: string): string => `∂${of}/∂${wrt}`;

/**
 * The local derivative of consumer c with respect to its operand n, as a symbol. Normally
 * ∂c/∂n; but when c is the output L itself that would read ∂L/∂n, the very gradient being
 * computed (∂L/∂z = ∂L/∂L · ∂L/∂z is circular), so the output's formula is written instead:
 * ∂(z²)/∂z.
 */
function localSymbol(c: MutableNode, n: MutableNode, output: MutableNode): StepWriter {
  const symbol = d(c.name, n.name);
  if (c !== output) return () => symbol;
  const op = OPS[c.op as NonNullable<typeof c.op>];
  const names = c.args.map((a) => a.name);
  const { exponent } = c;
  return (point) => `∂(${op.formula(names, exponent, (v) => formatConstant(v, point))})/∂${n.name}`;
}

/** Marks the nodes `output` depends on (itself included); only they get a non-zero gradient. */
function ancestorsOf(output: MutableNode, count: number): boolean[] {
  const seen: boolean[] = new Array<boolean>(count).fill(false);
  const stack: MutableNode[] = [output];
  seen[output.index] = true;
  while (stack.length > 0) {
    const n = stack.pop() as MutableNode;
    for (const a of n.args) {
      if (!seen[a.index]) {
        seen[a.index] = true;
        stack.push(a);
      }
    }
  }
  return seen;
}

/**
 * Sets ∂L/∂node on every node (L = `output`), visiting nodes in reverse topological order so
 * that every consumer's gradient is final before its operands need it. A node used several
 * times sums one product per use, which is the multivariate chain rule. Node values must be
 * those of the last forward pass.
 */
export function runBackward(nodes: readonly MutableNode[], output: MutableNode): BackwardStep[] {
  const relevant = ancestorsOf(output, nodes.length);
  // uses[i]: the (consumer, operand position) pairs through which node i reaches L
  const uses: { consumer: MutableNode; argIndex: number }[][] = nodes.map(() => []);
  // locals[c][k]: ∂c/∂(k-th operand of c), computed once per consumer
  const locals: number[][] = nodes.map(() => []);
  for (const c of nodes) {
    c.grad = 0;
    if (c.op === null || !relevant[c.index]) continue;
    const a = c.args.map((arg) => arg.value);
    locals[c.index] = OPS[c.op].local(a, c.value, c.exponent);
    c.args.forEach((arg, argIndex) => uses[arg.index].push({ consumer: c, argIndex }));
  }

  const L = output.name;
  const steps: BackwardStep[] = [];
  for (let i = output.index; i >= 0; i--) {
    const n = nodes[i];
    if (!relevant[i]) continue;
    if (n === output) {
      n.grad = 1;
      const write: StepWriter = (point) => `${d(L, L)} = ${formatNumber(1, point)}`;
      steps.push({
        node: L,
        kind: n.kind,
        grad: 1,
        edges: [],
        formula: `${d(L, L)} = 1`,
        writeFormula: (point) => `${d(L, L)} = ${formatConstant(1, point)}`,
        text: write('.'),
        write,
      });
      continue;
    }
    const edges = uses[i].map(({ consumer: c, argIndex }) =>
      edgeOf(L, n, c, argIndex, locals[c.index][argIndex], localSymbol(c, n, output)),
    );
    n.grad = edges.reduce((s, e) => s + e.product, 0);
    const symbolic: StepWriter = (point) =>
      edges.map((e) => `${d(L, e.consumer)} · ${e.writeSymbol(point)}`).join(' + ');
    const { name, grad } = n;
    const writeFormula: StepWriter = (point) => `${d(L, name)} = ${symbolic(point)}`;
    const write: StepWriter = (point) => {
      const numeric = edges
        .map((e) => `${formatOperand(e.upstream, point)} · ${formatOperand(e.local, point)}`)
        .join(' + ');
      return `${d(L, name)} = ${symbolic(point)} = ${numeric} = ${formatNumber(grad, point)}`;
    };
    steps.push({
      node: n.name,
      kind: n.kind,
      grad: n.grad,
      edges,
      formula: writeFormula('.'),
      writeFormula,
      text: write('.'),
      write,
    });
  }
  return steps;
}

function edgeOf(
  L: string,
  n: MutableNode,
  c: MutableNode,
  argIndex: number,
  local: number,
  writeSymbol: StepWriter,
): BackwardEdge {
  const product = c.grad * local;
  const op = OPS[c.op as NonNullable<typeof c.op>];
  const argNames = c.args.map((a) => a.name);
  const upstream = c.grad;
  const symbol = writeSymbol('.');
  const write: StepWriter = (point) =>
    `${d(L, c.name)} · ${writeSymbol(point)} = ${formatOperand(upstream, point)} · ${formatOperand(local, point)} = ${formatNumber(product, point)}`;
  return {
    consumer: c.name,
    argIndex,
    upstream: c.grad,
    local,
    localSymbol: symbol,
    writeSymbol,
    localFormula: `${symbol} = ${op.localFormula(argNames, c.name, argIndex, c.exponent, formatConstant)}`,
    product,
    text: write('.'),
    write,
  };
}
