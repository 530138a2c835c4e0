import { Graph } from './graph';
import type { OpName } from './ops';

/** A serialisable description of one node. */
export type NodeSpec =
  | { name: string; kind: 'input' }
  | { name: string; kind: 'param'; value: number }
  | { name: string; kind: 'compute'; op: OpName; args: string[]; exponent?: number };

/** A serialisable graph: nodes may be listed in any order; operands refer to names. */
export interface GraphSpec {
  nodes: NodeSpec[];
}

/** Describes a graph's nodes in topological order, parameters with their current values. */
export function graphToSpec(graph: Graph): GraphSpec {
  return {
    nodes: graph.nodes().map((n): NodeSpec => {
      if (n.kind === 'input') return { name: n.name, kind: 'input' };
      if (n.kind === 'param') return { name: n.name, kind: 'param', value: n.value };
      const op = n.op as OpName;
      const args = n.args.map((a) => a.name);
      return op === 'pow'
        ? { name: n.name, kind: 'compute', op, args, exponent: n.exponent }
        : { name: n.name, kind: 'compute', op, args };
    }),
  };
}

/**
 * Builds a graph from a spec whose nodes may come in any order (e.g. as edited in a designer),
 * sorting them topologically first.
 * @throws on duplicate names, operands naming no node, or a cycle (the message lists it)
 */
export function graphFromSpec(spec: GraphSpec): Graph {
  if (spec === null || typeof spec !== 'object' || !Array.isArray(spec.nodes)) {
    throw new Error('graphFromSpec: spec.nodes must be an array');
  }
  const byName = new Map<string, NodeSpec>();
  for (const n of spec.nodes) {
    if (byName.has(n.name)) throw new Error(`graphFromSpec: duplicate node name '${n.name}'`);
    byName.set(n.name, n);
  }
  for (const n of spec.nodes) {
    if (n.kind !== 'compute') continue;
    for (const a of n.args) {
      if (!byName.has(a))
        throw new Error(`graphFromSpec: node '${n.name}' uses unknown node '${a}'`);
    }
  }

  const graph = new Graph();
  // depth-first: a node is added once all its operands are; "visiting" marks the current
  // path, so meeting a node on it again means a cycle
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): void => {
    const mark = state.get(name);
    if (mark === 'done') return;
    if (mark === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name].join(' → ');
      throw new Error(`graphFromSpec: cycle ${cycle}`);
    }
    state.set(name, 'visiting');
    path.push(name);
    const n = byName.get(name) as NodeSpec;
    if (n.kind === 'compute') n.args.forEach(visit);
    path.pop();
    state.set(name, 'done');
    if (n.kind === 'input') graph.input(n.name);
    else if (n.kind === 'param') graph.param(n.name, n.value);
    else if (n.kind === 'compute') graph.compute(n.name, n.op, n.args, n.exponent);
    else
      throw new Error(
        `graphFromSpec: node '${name}' has unknown kind '${String((n as { kind: unknown }).kind)}'`,
      );
  };
  spec.nodes.forEach((n) => visit(n.name));
  return graph;
}
