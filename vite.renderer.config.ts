// The renderer's Vite config, shared by electron-vite (electron.vite.config.ts) and by plain
// Vite for browser-only development (`npm run dev:renderer`; `electron-vite dev` would try to
// start Electron).
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The dev server injects styles with inline <style> elements, which the strict CSP in
 * index.html forbids; allow them while serving only. Built pages keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'neuron-lab:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/** Renderer options without `base`, which electron-vite sets itself. */
export const rendererConfig: UserConfig = {
  root: fromRoot('./src-renderer'),
  // Everything the renderer needs is imported (and so hashed and bundled); resources/ also
  // holds the main process's datasets, which must not be served to the page.
  publicDir: false,
  plugins: [vue(), devServerCsp()],
  server: {
    host: '127.0.0.1',
    // The renderer imports src-engine, which sits beside its root.
    fs: { allow: [fromRoot('./')] },
  },
  build: {
    outDir: fromRoot('./out/renderer'),
    emptyOutDir: true,
    rolldownOptions: { input: fromRoot('./src-renderer/index.html') },
  },
};

export default defineConfig({ ...rendererConfig, base: './' });
