import type { OpName } from './ops';

/** The three kinds of node of a computation graph (see the lecture's "Computation graphs"):
 * inputs are given per forward pass, parameters are learned, compute nodes are assignments
 * `name = op(operands)`. */
export type NodeKind = 'input' | 'param' | 'compute';

/** A scalar node as the outside sees it; only its graph changes `value` and `grad`. */
export interface GraphNode {
  readonly name: string;
  readonly kind: NodeKind;
  /** operation of a compute node; null for inputs and parameters */
  readonly op: OpName | null;
  /** operands of a compute node in order (a node may appear twice, as in x·x); empty otherwise */
  readonly args: readonly GraphNode[];
  /** constant exponent of a pow node; 0 for every other node */
  readonly exponent: number;
  /** position in the graph's topological order */
  readonly index: number;
  /** value from the last forward pass (parameters: their current value) */
  readonly value: number;
  /** ∂L/∂node from the last backward pass, L being the node backward() was called with */
  readonly grad: number;
}

/** The graph's own writable view of a node. Internal to the graph module. */
export interface MutableNode extends GraphNode {
  readonly args: readonly MutableNode[];
  value: number;
  grad: number;
}

/** A node itself or its name; builder methods and backward() accept either. */
export type NodeRef = GraphNode | string;
