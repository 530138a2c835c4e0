// Preload (sandboxed, built as CommonJS): exposes `window.lab`, built from the contract's
// names (lab-bridge.ts): named functions only, never ipcRenderer or any Electron object.
import { contextBridge, ipcRenderer } from 'electron';
import { buildLabApi } from './lab-bridge';

contextBridge.exposeInMainWorld('lab', buildLabApi(ipcRenderer, __APP_VERSION__));
