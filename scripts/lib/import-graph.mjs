// The relative imports between the sources of src-engine, src-main and src-renderer, and the
// groups of files that reach themselves through them. Shared by the lint rule that refuses a
// cycle (scripts/eslint/no-import-cycles.mjs) and its test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SOURCE_FOLDERS = ['src-engine', 'src-main', 'src-renderer'];
const SOURCE = /\.(ts|vue)$/;
/** Static imports and re-exports (type-only ones included) and dynamic import() of a relative path. */
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/**
 * @param {string} folder
 * @returns {string[]} its .ts and .vue files, at any depth (none when it does not exist)
 */
function sourceFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The file a relative specifier names, as TypeScript would find it, if it is a source.
 * @param {string} from
 * @param {string} specifier
 * @param {Set<string>} known
 * @returns {string | undefined}
 */
function target(from, specifier, known) {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((p) => known.has(p));
}

/**
 * @param {string} root the repository
 * @returns {Map<string, string[]>} each source file's relative imports of other sources (absolute paths)
 */
export function importGraph(root) {
  const files = SOURCE_FOLDERS.flatMap((f) => sourceFiles(join(root, f)));
  const known = new Set(files);
  /** @type {Map<string, string[]>} */
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const edges = [...text.matchAll(IMPORT)]
      .map((m) => target(file, m[1] ?? m[2], known))
      .filter(/** @returns {t is string} */ (t) => t !== undefined);
    graph.set(file, edges);
  }
  return graph;
}

/**
 * Groups of files that import each other, directly or round about (Tarjan's algorithm).
 * @param {Map<string, string[]>} graph
 * @param {string} [root] paths are given relative to it when set
 * @returns {string[][]} each group sorted
 */
export function importCycles(graph, root) {
  let next = 0;
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const found = [];
  /** @param {string} v */
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(
          v,
          Math.min(/** @type {number} */ (low.get(v)), /** @type {number} */ (low.get(w))),
        );
      } else if (onStack.has(w)) {
        low.set(
          v,
          Math.min(/** @type {number} */ (low.get(v)), /** @type {number} */ (index.get(w))),
        );
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group = [];
    /** @type {string} */
    let w;
    do {
      w = /** @type {string} */ (stack.pop());
      onStack.delete(w);
      group.push(root ? relative(root, w) : w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
