/**
 * What the Electron preload exposes to the renderer as `window.lab`: named values and
 * functions only, never `ipcRenderer` itself. The renderer imports this file's types only.
 * Calls and events (`domain:verb`) are added here as the contract grows.
 */
export interface LabApi {
  /** The app's version, from package.json. */
  readonly version: string;
}
