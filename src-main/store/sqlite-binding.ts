/**
 * Which compiled better-sqlite3 module connections load. Plain Node (tests, the command
 * line, the local host) uses the package's own build; Electron runs another Node ABI and
 * loads a copy built for it (scripts/lib/electron-native.mjs makes it), so that one install
 * serves both. One process uses one binary, hence one setting per process.
 */
let nativeBinding: string | undefined;

/** Makes every later connection load the compiled module at `path`. */
export function useSqliteBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** Options to pass to every `new Database(…)`. */
export function bindingOptions(): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {};
}
