/** What the engine says to a person, in English: the engine's own table, which fills in the
 * English of every problem it reports (src-engine/core/engine-english.ts). */
export { ENGINE_ENGLISH as default } from '../../../../src-engine/core/engine-english';
