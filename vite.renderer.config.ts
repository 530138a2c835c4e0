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
  // vue-i18n's compile-time flags: Composition API only, no devtools hooks in a build. Its
  // messages are compiled just in time to functions without eval, so the CSP needs no
  // 'unsafe-eval' (test/e2e/settings-language.spec.ts loads the app under it).
  define: {
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
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
