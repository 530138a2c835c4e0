// The browser journeys (test/e2e) compute some expectations with the labs' own code, imported
// into Playwright's Node process. That code must stay pure: a module that reaches the
// renderer's i18n set-up (Vite's import.meta.glob), a .vue file or a store cannot load there,
// and the whole Playwright run fails before a test starts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../scripts/lib/import-graph.mjs';

const ROOT = resolve(__dirname, '../..');
const E2E = join(ROOT, 'test/e2e');
const NOT_IN_NODE = /src-renderer\/(i18n\/|stores\/)|\.vue$/;
const RENDERER_IMPORT = /from\s*['"](\.{1,2}\/[^'"]*src-renderer\/[^'"]+)['"]/g;

function specFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return specFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every source file `start` reaches through its imports, itself included. */
function reached(graph: Map<string, string[]>, start: string): string[] {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const next of graph.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return [...seen];
}

describe('renderer code imported by the e2e journeys', () => {
  it('reaches no i18n set-up, store or component', () => {
    const graph = importGraph(ROOT);
    const problems: string[] = [];
    let imports = 0;
    for (const spec of specFiles(E2E)) {
      for (const match of readFileSync(spec, 'utf8').matchAll(RENDERER_IMPORT)) {
        const base = resolve(dirname(spec), match[1]);
        const start = [base, `${base}.ts`].find((p) => graph.has(p));
        if (!start) continue;
        imports++;
        const bad = reached(graph, start).filter((f) => NOT_IN_NODE.test(f));
        if (bad.length > 0)
          problems.push(
            `${relative(ROOT, spec)} → ${relative(ROOT, start)} reaches ${relative(ROOT, bad[0])}`,
          );
      }
    }
    expect(imports).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
