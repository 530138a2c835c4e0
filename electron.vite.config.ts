// Builds the three parts of the app into out/: main (Electron host and the plain-Node local
// host), preload (CommonJS, as a sandboxed preload cannot load ES modules) and renderer.
// Non-default folders, so every entry is named (see docs/machine.md).
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import { rendererConfig } from './vite.renderer.config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: 'src-main/electron/main.ts',
          'local-host': 'src-main/local-host/main.ts',
          trainer: 'src-main/training/trainer-process.ts',
          'trainer-worker': 'src-main/training/trainer-worker.ts',
          cli: 'src-main/cli/main.ts',
        },
      },
    },
  },
  preload: {
    define,
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: 'src-main/electron/preload.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
