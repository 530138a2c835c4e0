/**
 * The training settings a fresh setup starts from live in the engine
 * (src-engine/train/default-training.ts), shared with main's model import and the command
 * line. Re-exported here only for DesignTrain.vue until it imports the engine itself.
 */
export { defaultTraining } from '../../src-engine/train/default-training';
