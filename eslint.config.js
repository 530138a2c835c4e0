// ESLint 9 flat config: correctness rules only (Prettier owns formatting), plus the import
// boundaries (README.md, "Import rules"), so a wrong import fails lint:
//   src-engine    imports only itself (no node:, no packages, nothing outside src-engine)
//   src-main      no renderer, no tests; `electron` only in src-main/electron (host, preload)
//   src-renderer  no Node, no electron, no src-main except `import type` from src-main/contract,
//                 the contract's wire codec (pure, imports nothing: checked below) and the
//                 lab-document schema (zod and src-engine only: checked below), which both ends
//                 must apply identically to the same lab files
// (Static imports and `export … from`; dynamic `import()` is not checked.)
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { noImportCycles } from './scripts/eslint/no-import-cycles.mjs';

const RULE = '@typescript-eslint/no-restricted-imports';
const SEE = 'See README.md, "Import rules".';
/** Import-free modules of the contract that the renderer may import values from. */
const SHARED_WITH_RENDERER = [
  'wire-codec',
  'run-status',
  'snapshot-codec',
  'class-palette',
  'report-messages',
  'json-error-place',
  'languages',
];
/** The schema of a guided-lab document: main checks saved and imported labs with it, the
 * renderer the lab files it opens, so it runs on both ends (zod and src-engine only). */
const LAB_DOCUMENT = 'lab-document';

/** `node:*` and bare Node built-ins such as `fs` or `path/posix`. */
const NODE_BUILTINS = `^(node:|(${builtinModules.join('|')})(/|$))`;

/** An import of another top-level folder of the repository from anywhere below it. */
const intoFolder = (folder) => `^(\\.\\./)+${folder}(/|$)`;

/** src-engine: one block per folder depth, since leaving the folder takes depth + 1 `../`. */
const engineBoundaries = Array.from({ length: 8 }, (_, depth) => ({
  files: [`src-engine/${'*/'.repeat(depth)}*.ts`],
  rules: {
    [RULE]: [
      'error',
      {
        patterns: [
          {
            regex: '^[^.]',
            message: `src-engine imports nothing but itself: no node:, no packages. ${SEE}`,
          },
          {
            regex: `^(\\.\\.(/|$)){${depth + 1}}`,
            message: `src-engine may not import from outside src-engine. ${SEE}`,
          },
        ],
      },
    ],
  },
}));

const mainPatterns = [
  { regex: intoFolder('src-renderer'), message: `src-main may not import the renderer. ${SEE}` },
  { regex: intoFolder('test'), message: `Source may not import tests. ${SEE}` },
];

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'test-results/',
    'playwright-report/',
    'bench/results/',
    '**/*.d.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['src-main/**', 'test/**', 'scripts/**', 'bench/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'vue/multi-word-component-names': ['error', { ignores: ['App'] }],
    },
  },

  // Import boundaries.
  ...engineBoundaries,
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            ...mainPatterns,
            {
              regex: '^electron(/|$)',
              message: `Only the Electron host and preload (src-main/electron/) import electron; services and the local host run in plain Node. ${SEE}`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: { [RULE]: ['error', { patterns: mainPatterns }] },
  },
  {
    // Shared with the renderer, so they may import nothing at all.
    files: SHARED_WITH_RENDERER.map((name) => `src-main/contract/${name}.ts`),
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            {
              regex: '.',
              message: `This module runs in main and in the renderer: it imports nothing. ${SEE}`,
            },
          ],
        },
      ],
    },
  },
  {
    // Shared with the renderer: zod, src-engine and its own folder only.
    files: [`src-main/contract/${LAB_DOCUMENT}/**/*.ts`],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            {
              regex: `^(?!zod$|\\./|(\\.\\./){3}src-engine/)`,
              message: `The lab-document schema runs in main and in the renderer: it imports only zod, src-engine and its own folder. ${SEE}`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    rules: {
      [RULE]: [
        'error',
        {
          patterns: [
            {
              regex: NODE_BUILTINS,
              message: `The renderer runs in a sandboxed browser: no Node modules. ${SEE}`,
            },
            {
              regex: '^(electron|better-sqlite3)(/|$)',
              message: `The renderer reaches main only through the api client. ${SEE}`,
            },
            {
              // A few import-free modules are values both ends share.
              regex: `^(\\.\\./)+src-main/contract(?!/(${SHARED_WITH_RENDERER.join('|')})$|/${LAB_DOCUMENT}(/|$))(/|$)`,
              allowTypeImports: true,
              message: `The renderer imports only types from the contract: use \`import type\`. ${SEE}`,
            },
            {
              regex: '^(\\.\\./)+src-main(?!/contract(/|$))(/|$)',
              message: `The renderer may import only types from src-main/contract. ${SEE}`,
            },
            { regex: intoFolder('test'), message: `Source may not import tests. ${SEE}` },
          ],
        },
      ],
    },
  },

  prettier,
  // No source reaches itself through its imports (the contract and the engine at the bottom).
  {
    files: ['src-engine/**/*.ts', 'src-main/**/*.ts', 'src-renderer/**/*.{ts,vue}'],
    plugins: { architecture: { rules: { 'no-import-cycles': noImportCycles } } },
    rules: { 'architecture/no-import-cycles': 'error' },
  },
]);
