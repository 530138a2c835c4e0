/**
 * Places a computation graph's nodes in columns for drawing: a compute node one column right
 * of its last operand, an input or parameter just left of its first user, so that edges stay
 * short; rows follow the users' rows so that edges rarely cross.
 */
import type { GraphNode } from '../../../src-engine/graph/graph-node';

export interface PlacedNode {
  name: string;
  kind: GraphNode['kind'];
  col: number;
  row: number;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: { from: string; to: string }[];
  cols: number;
  rows: number;
}

/** Columns and rows of every node (nodes in topological order, as Graph.nodes() gives them). */
export function layoutGraph(nodes: readonly GraphNode[]): GraphLayout {
  const col = new Map<string, number>();
  const users = new Map<string, string[]>();
  for (const n of nodes) {
    users.set(n.name, []);
    if (n.kind === 'compute') {
      col.set(n.name, 1 + Math.max(...n.args.map((a) => col.get(a.name) ?? 0)));
      for (const a of n.args) users.get(a.name)?.push(n.name);
    } else col.set(n.name, 0);
  }
  for (const n of nodes) {
    const u = users.get(n.name) ?? [];
    if (n.kind !== 'compute' && u.length > 0) {
      col.set(n.name, Math.min(...u.map((name) => col.get(name) ?? 1)) - 1);
    }
  }
  // rows: the last column spread out, then each column leftwards follows its users' rows
  const cols = Math.max(...col.values()) + 1;
  const row = new Map<string, number>();
  for (let c = cols - 1; c >= 0; c--) {
    const here = nodes.filter((n) => col.get(n.name) === c);
    const wanted = here.map((n, i) => {
      const rs = (users.get(n.name) ?? []).map((u) => row.get(u) ?? 0);
      return { n, want: rs.length ? rs.reduce((s, r) => s + r, 0) / rs.length : i, i };
    });
    wanted.sort((a, b) => a.want - b.want || a.i - b.i);
    // keep each node at least one row below the previous one, centred on the wanted rows
    const placed: number[] = [];
    wanted.forEach((w, k) => placed.push(k === 0 ? w.want : Math.max(w.want, placed[k - 1] + 1)));
    const shift =
      wanted.reduce((s, w, k) => s + (w.want - placed[k]), 0) / Math.max(1, wanted.length);
    wanted.forEach((w, k) => row.set(w.n.name, placed[k] + shift));
  }
  const minRow = Math.min(...row.values());
  const placed = nodes.map((n) => ({
    name: n.name,
    kind: n.kind,
    col: col.get(n.name) ?? 0,
    row: (row.get(n.name) ?? 0) - minRow,
  }));
  const edges = nodes.flatMap((n) => n.args.map((a) => ({ from: a.name, to: n.name })));
  return { nodes: placed, edges, cols, rows: Math.max(...placed.map((p) => p.row)) + 1 };
}
