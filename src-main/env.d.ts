/** The app's version from package.json, replaced at build time (see electron.vite.config.ts). */
declare const __APP_VERSION__: string;
