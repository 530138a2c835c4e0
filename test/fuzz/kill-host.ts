// A lab host for the kill suite, run as a process of its own (bundled by kills.ts): opens the
// lab in a data folder, starts a long run and prints `run ID trainer PID` once the run trains
// and has a checkpoint, then trains until it is killed.
//   node kill-host.mjs DATA_DIR TRAINER_ENTRY
import { createEventHub } from '../../src-main/contract/handlers';
import { openServices } from '../../src-main/services/services';
import { forkLauncher } from '../../src-main/training/trainer-launcher';

const [dataDir, trainer] = process.argv.slice(2);
const pids: number[] = [];
const base = forkLauncher(trainer);
const lab = openServices({
  dataDir,
  launcher: () => {
    const channel = base();
    if (channel.pid) pids.push(channel.pid);
    return channel;
  },
  events: createEventHub(),
  appVersion: 'kill-suite',
});
const dataset = lab.store.datasets.list().find((d) => d.name === 'kill suite');
const id = lab.runs.start({
  datasetId: dataset!.id,
  spec: {
    inputs: 2,
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  },
  training: {
    loss: 'binary_cross_entropy',
    optimizer: { name: 'adam' },
    learningRate: 0.01,
    batchSize: 20,
    epochs: 1_000_000,
    shuffle: true,
    seed: 1,
  },
  seed: 1,
});
const announce = setInterval(() => {
  if (lab.store.checkpoints.get(id)) {
    clearInterval(announce);
    process.stdout.write(`run ${id} trainer ${pids.at(-1)}\n`);
  }
}, 10);
