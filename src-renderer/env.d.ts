/// <reference types="vite/client" />
import type { LabApi } from '../src-main/contract/lab-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the lab runs in a browser on the local host. */
    readonly lab?: LabApi;
  }
}

export {};
