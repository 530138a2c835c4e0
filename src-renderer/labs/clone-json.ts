/** The engine's cloneJson, re-exported only for the Labs*.vue figures that import it from
 * here until they import src-engine/core/clone-json.ts themselves. */
export { cloneJson } from '../../src-engine/core/clone-json';
