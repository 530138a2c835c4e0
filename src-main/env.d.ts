/** The app's version from package.json, replaced at build time (see electron.vite.config.ts). */
declare const __APP_VERSION__: string;

/** A file's text, bundled at build time (Vite's `?raw`; vitest reads it the same way). */
declare module '*?raw' {
  const text: string;
  export default text;
}
