// ESLint rule: a source file of src-engine, src-main or src-renderer may not reach itself
// through its relative imports, so that the contract and the engine stay at the bottom of the
// graph and a change in a service never forces one in the contract. Reported once, on the
// first line of every file of a cycle, naming the whole group.
import { resolve } from 'node:path';
import { importCycles, importGraph } from '../lib/import-graph.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** An editor lints file after file: the graph is read again when it is older than this. */
const FRESH_MS = 2000;
/** @type {Map<string, { at: number, groups: Map<string, string[]> }>} per repository root */
const cache = new Map();

/**
 * @param {string} root
 * @returns {Map<string, string[]>} each file of a cycle → its group (paths relative to root)
 */
function cycleGroups(root) {
  const now = Date.now();
  const cached = cache.get(root);
  if (cached && now - cached.at < FRESH_MS) return cached.groups;
  const groups = new Map();
  for (const group of importCycles(importGraph(root), root)) {
    for (const file of group) groups.set(resolve(root, file), group);
  }
  cache.set(root, { at: now, groups });
  return groups;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'no import cycles among the sources (README.md, "Import rules")' },
    // `root`: the repository whose sources are read (tests point it at a folder of their own).
    schema: [
      { type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false },
    ],
    messages: { cycle: 'import cycle: {{files}} import each other (README.md, "Import rules")' },
  },
  create(context) {
    return {
      Program(node) {
        const root = /** @type {string} */ (context.options[0]?.root ?? ROOT);
        const group = cycleGroups(root).get(resolve(context.filename));
        if (group) context.report({ node, messageId: 'cycle', data: { files: group.join(', ') } });
      },
    };
  },
};
