// The lint rule that refuses import cycles, run by ESLint on a small tree of its own: the files
// of a cycle are reported naming the whole group, a file that only imports into it is not.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { noImportCycles } from '../../scripts/eslint/no-import-cycles.mjs';

const root = mkdtempSync(join(tmpdir(), 'no-import-cycles-'));
const files: Record<string, string> = {
  'src-engine/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
  'src-engine/b.ts':
    "import type { c } from './deep/c';\nexport const b = 1 as unknown as typeof c;\n",
  'src-engine/deep/c.ts': "export { a as c } from '../a';\n",
  'src-engine/d.ts': "import { a } from './a';\nexport const d = a;\n",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

function lint(path: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: root });
  const messages = linter.verify(
    files[path],
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser as Linter.Parser },
        plugins: { architecture: { rules: { 'no-import-cycles': noImportCycles } } },
        rules: { 'architecture/no-import-cycles': ['error', { root }] },
      },
    ],
    join(root, path),
  );
  return messages.map((m) => m.message);
}

describe('architecture/no-import-cycles', () => {
  it('reports every file of a cycle, type-only imports and re-exports included', () => {
    for (const path of ['src-engine/a.ts', 'src-engine/b.ts', 'src-engine/deep/c.ts']) {
      expect(lint(path), path).toEqual([
        'import cycle: src-engine/a.ts, src-engine/b.ts, src-engine/deep/c.ts import each other (README.md, "Import rules")',
      ]);
    }
  });

  it('leaves a file that only imports into the cycle alone', () => {
    expect(lint('src-engine/d.ts')).toEqual([]);
  });
});
