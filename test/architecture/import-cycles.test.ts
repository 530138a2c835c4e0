// The layers stay layered: no file of src-engine, src-main or src-renderer reaches itself
// through its relative imports (type-only imports included), so the contract and the engine
// stay at the bottom and a change in a service never forces one in the contract. `npm run lint`
// refuses a cycle (scripts/eslint/no-import-cycles.mjs); this tests the graph it reads.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles as cycles, importGraph as graphOf } from '../../scripts/lib/import-graph.mjs';

const ROOT = resolve(__dirname, '../..');
const importGraph = () => graphOf(ROOT);

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
    expect(cycles(importGraph(), ROOT)).toEqual([]);
  });
});
