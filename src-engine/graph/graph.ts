import { runBackward, type BackwardStep } from './backward-pass';
import { runForward, type ForwardStep } from './forward-pass';
import type { GraphNode, MutableNode, NodeKind, NodeRef } from './graph-node';
import { OPS, type OpName } from './ops';

/** One parameter's gradient-descent update: after = before − lr · grad. */
export interface ParamUpdate {
  node: string;
  before: number;
  grad: number;
  after: number;
}

/**
 * A scalar computation graph built assignment by assignment:
 *
 *     const g = new Graph();
 *     const x = g.input('x'), w1 = g.param('w1', 0.5);
 *     const u = g.mul('u', w1, x);
 *
 * Operands must exist before a node that uses them, so the order of creation is already a
 * topological order and no cycle can be built (specs in any order go through graphFromSpec).
 * Typical use: forward(inputs) → backward(loss) → step(lr), repeated.
 */
export class Graph {
  private readonly list: MutableNode[] = [];
  private readonly byName = new Map<string, MutableNode>();
  // guards against reading gradients that belong to other parameter values
  private state: 'stale' | 'forward' | 'backward' = 'stale';

  /** Adds an input node, whose value is given to every forward() call. */
  input(name: string): GraphNode {
    return this.addNode(name, 'input', null, [], 0, NaN);
  }

  /** Adds a parameter node with its initial value; step() updates it. */
  param(name: string, value: number): GraphNode {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(
        `Graph.param: initial value of '${name}' must be a finite number, got ${value}`,
      );
    }
    return this.addNode(name, 'param', null, [], 0, value);
  }

  /** name = a + b */
  add(name: string, a: NodeRef, b: NodeRef): GraphNode {
    return this.compute(name, 'add', [a, b]);
  }
  /** name = a − b */
  sub(name: string, a: NodeRef, b: NodeRef): GraphNode {
    return this.compute(name, 'sub', [a, b]);
  }
  /** name = a · b */
  mul(name: string, a: NodeRef, b: NodeRef): GraphNode {
    return this.compute(name, 'mul', [a, b]);
  }
  /** name = a / b */
  div(name: string, a: NodeRef, b: NodeRef): GraphNode {
    return this.compute(name, 'div', [a, b]);
  }
  /** name = −a */
  neg(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'neg', [a]);
  }
  /** name = a² */
  square(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'square', [a]);
  }
  /** name = a^exponent, the exponent a constant (not a node) */
  pow(name: string, a: NodeRef, exponent: number): GraphNode {
    return this.compute(name, 'pow', [a], exponent);
  }
  /** name = e^a */
  exp(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'exp', [a]);
  }
  /** name = ln a (NaN for a < 0, −∞ for a = 0, as Math.log) */
  log(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'log', [a]);
  }
  /** name = 1 / (1 + e^−a) */
  sigmoid(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'sigmoid', [a]);
  }
  /** name = tanh a */
  tanh(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'tanh', [a]);
  }
  /** name = max(0, a); its derivative at a = 0 is taken as 0 */
  relu(name: string, a: NodeRef): GraphNode {
    return this.compute(name, 'relu', [a]);
  }
  /** name = t1 + t2 + … (at least one term) */
  sum(name: string, terms: readonly NodeRef[]): GraphNode {
    return this.compute(name, 'sum', terms);
  }

  /**
   * Adds a compute node `name = op(args)`; the builder methods above are shorthands.
   * @param exponent the constant exponent, for 'pow' only
   * @throws if the name is taken, an operand is unknown, or the operand count is wrong
   */
  compute(name: string, op: OpName, args: readonly NodeRef[], exponent?: number): GraphNode {
    // hasOwn, so that names like 'toString' do not find Object.prototype
    if (!Object.hasOwn(OPS, op))
      throw new Error(`Graph: unknown operation '${String(op)}' for node '${name}'`);
    if (!Array.isArray(args))
      throw new Error(`Graph.${op}: operands of '${name}' must be an array`);
    const def = OPS[op];
    const count = args.length;
    if (def.arity === 'many' ? count < 1 : count !== def.arity) {
      const want = def.arity === 'many' ? 'at least 1' : String(def.arity);
      throw new Error(`Graph.${op}: node '${name}' needs ${want} operand(s), got ${count}`);
    }
    if (op === 'pow' && (typeof exponent !== 'number' || !Number.isFinite(exponent))) {
      throw new Error(`Graph.pow: exponent of '${name}' must be a finite number, got ${exponent}`);
    }
    const operands = args.map((a) => this.resolve(a, `operand of '${name}'`));
    return this.addNode(
      name,
      'compute',
      op,
      operands,
      op === 'pow' ? (exponent as number) : 0,
      NaN,
    );
  }

  /** The node with this name. @throws if there is none */
  node(name: string): GraphNode {
    return this.resolve(name, 'Graph.node');
  }

  /** Whether a node of this name exists. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** All nodes in topological order (operands before the nodes that use them). */
  nodes(): readonly GraphNode[] {
    return this.list;
  }

  /** The input nodes, in creation order. */
  inputs(): GraphNode[] {
    return this.list.filter((n) => n.kind === 'input');
  }

  /** The parameter nodes, in creation order. */
  params(): GraphNode[] {
    return this.list.filter((n) => n.kind === 'param');
  }

  /** Overwrites a parameter's value (e.g. to reset it); values and gradients become stale. */
  setParam(name: string, value: number): void {
    const n = this.resolve(name, 'Graph.setParam');
    if (n.kind !== 'param')
      throw new Error(`Graph.setParam: '${name}' is a ${n.kind} node, not a parameter`);
    if (typeof value !== 'number')
      throw new Error(`Graph.setParam: value of '${name}' must be a number`);
    n.value = value;
    this.state = 'stale';
  }

  /**
   * Computes every node's value in topological order.
   * @param inputs a value for every input node, by name
   * @returns one step per node, in the order computed, for a view to fill in one by one
   * @throws if an input is missing, not a number, or names no input node
   */
  forward(inputs: Readonly<Record<string, number>> = {}): ForwardStep[] {
    for (const key of Object.keys(inputs)) {
      const n = this.byName.get(key);
      if (n === undefined || n.kind !== 'input') {
        throw new Error(`Graph.forward: '${key}' is not an input node of the graph`);
      }
    }
    for (const n of this.list) {
      if (n.kind !== 'input') continue;
      const v = inputs[n.name];
      if (typeof v !== 'number')
        throw new Error(`Graph.forward: missing numeric value for input '${n.name}'`);
      n.value = v;
    }
    const steps = runForward(this.list);
    this.state = 'forward';
    return steps;
  }

  /**
   * Computes ∂output/∂node for every node, in reverse topological order; nodes the output
   * does not depend on get 0.
   * @returns one step per node the output depends on, output first, each with its edges'
   *   local derivatives and chain-rule products
   * @throws if the node is unknown or forward() has not run since the last change
   */
  backward(output: NodeRef): BackwardStep[] {
    const out = this.resolve(output, 'Graph.backward');
    if (this.state === 'stale')
      throw new Error('Graph.backward: call forward() first (values are stale)');
    const steps = runBackward(this.list, out);
    this.state = 'backward';
    return steps;
  }

  /**
   * One gradient-descent step on every parameter: p ← p − lr · ∂L/∂p, using the gradients of
   * the last backward(). Values become stale until the next forward().
   * @param lr learning rate, finite and ≥ 0
   * @throws on a bad lr, or if backward() has not run since the last forward()
   */
  step(lr: number): ParamUpdate[] {
    if (typeof lr !== 'number' || !Number.isFinite(lr) || lr < 0) {
      throw new Error(`Graph.step: learning rate must be a finite number ≥ 0, got ${lr}`);
    }
    if (this.state !== 'backward')
      throw new Error('Graph.step: call forward() and backward() first');
    const updates: ParamUpdate[] = [];
    for (const n of this.list) {
      if (n.kind !== 'param') continue;
      const before = n.value;
      n.value = before - lr * n.grad;
      updates.push({ node: n.name, before, grad: n.grad, after: n.value });
    }
    this.state = 'stale';
    return updates;
  }

  private resolve(ref: NodeRef, where: string): MutableNode {
    if (typeof ref === 'string') {
      const n = this.byName.get(ref);
      if (n === undefined) throw new Error(`${where}: unknown node '${ref}'`);
      return n;
    }
    const n = ref === null || typeof ref !== 'object' ? undefined : this.byName.get(ref.name);
    if (n === undefined || n !== ref) {
      throw new Error(`${where}: node '${ref?.name ?? String(ref)}' does not belong to this graph`);
    }
    return n;
  }

  private addNode(
    name: string,
    kind: NodeKind,
    op: OpName | null,
    args: MutableNode[],
    exponent: number,
    value: number,
  ): MutableNode {
    if (typeof name !== 'string' || name.length === 0)
      throw new Error('Graph: node name must be a non-empty string');
    if (this.byName.has(name)) throw new Error(`Graph: a node named '${name}' already exists`);
    const node: MutableNode = {
      name,
      kind,
      op,
      args,
      exponent,
      index: this.list.length,
      value,
      grad: 0,
    };
    this.list.push(node);
    this.byName.set(name, node);
    this.state = 'stale';
    return node;
  }
}
