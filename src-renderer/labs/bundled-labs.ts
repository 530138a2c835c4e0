/// <reference types="vite/client" />
/** The lab files shipped in resources/labs, bundled into the renderer at build time. */
import { loadLabs, type LoadedLabs } from './lab-loader';

const files = import.meta.glob('../../resources/labs/*.json', { eager: true });

/** Every shipped lab, validated and in the lecture's order. */
export function bundledLabs(): LoadedLabs {
  return loadLabs(files);
}
