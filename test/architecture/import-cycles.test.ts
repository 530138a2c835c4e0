// The layers stay layered: no file of src-engine, src-main or src-renderer reaches itself
// through its relative imports (type-only imports included), so the contract and the engine
// stay at the bottom and a change in a service never forces one in the contract.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['src-engine', 'src-main', 'src-renderer'];
const SOURCE = /\.(ts|vue)$/;
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, as TypeScript would find it, if it is a source. */
function target(from: string, specifier: string, known: Set<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => known.has(p));
}

/** Each file's relative imports of other source files. */
function importGraph(): Map<string, string[]> {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const edges = [...text.matchAll(IMPORT)]
      .map((m) => target(file, m[1] ?? m[2], known))
      .filter((t): t is string => t !== undefined);
    graph.set(file, edges);
  }
  return graph;
}

/** Groups of files that import each other, directly or round about (Tarjan's algorithm). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(relative(ROOT, w));
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import cycles', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(cycles(graph).map((g) => g.length)).toEqual([3]);
  });

  it('reads imports of every kind from the sources', () => {
    const graph = importGraph();
    const dispatch = join(ROOT, 'src-main/contract/dispatch.ts');
    expect(graph.get(dispatch)).toContain(join(ROOT, 'src-main/contract/format-issues.ts'));
    expect(graph.size).toBeGreaterThan(500);
  });

  it('has none in src-engine, src-main and src-renderer', () => {
    expect(cycles(importGraph())).toEqual([]);
  });
});
