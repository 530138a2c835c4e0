// Preload (sandboxed, built as CommonJS): exposes `window.lab` with named values only.
// Never expose ipcRenderer or any Electron object itself.
import { contextBridge } from 'electron';
import type { LabApi } from '../contract/lab-api';

const lab: LabApi = Object.freeze({
  version: __APP_VERSION__,
});

contextBridge.exposeInMainWorld('lab', lab);
