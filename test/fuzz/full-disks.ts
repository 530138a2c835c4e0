/**
 * The disk fills up at a random point of a run (SQLite's page limit: a real SQLITE_FULL): the
 * run must end `crashed` with a message naming the disk, its checkpoint no later than its
 * stored epochs, the host (this process) alive, and the database intact once there is room.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventHub } from '../../src-main/contract/handlers';
import { openServices } from '../../src-main/services/services';
import { forkLauncher } from '../../src-main/training/trainer-launcher';
import { bundledTrainer } from '../../scripts/lib/trainer-bundle.mjs';
import { Tally, type FamilyResult } from './family';
import { SeededRandom } from './seeded-random';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function fillDisks(rounds: number, seed: number): Promise<FamilyResult> {
  const tally = new Tally('full disk');
  const random = new SeededRandom(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-lab-full-disks-'));
  const lab = openServices({
    dataDir,
    launcher: forkLauncher(bundledTrainer()),
    events: createEventHub(),
    appVersion: 'fuzz',
  });
  const dataset = lab.datasets.addBuiltin('spiral', { count: 200 });
  try {
    for (let i = 0; i < rounds; i++) {
      const id = lab.runs.start({
        datasetId: dataset.id,
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
          batchSize: 50,
          epochs: 1_000_000,
          shuffle: true,
          seed: i,
        },
        seed: i,
      });
      await sleep(random.int(0, 500));
      const pages = lab.store.db.pragma('page_count', { simple: true });
      lab.store.db.pragma(`max_page_count = ${pages}`);
      const ended = await Promise.race([lab.runs.waitFor(id), sleep(30_000).then(() => undefined)]);
      lab.store.db.pragma('max_page_count = 1073741823');
      let problem: string | undefined;
      if (!ended) problem = 'the run did not end within 30 s';
      else if (ended.status !== 'crashed') problem = `the run ended ${ended.status}`;
      else if (
        !/^the disk holding the experiment database is full \(.+ free\)/.test(ended.reason ?? '')
      ) {
        problem = `a reason that does not name the disk: ${ended.reason}`;
      }
      for (let t = 0; !problem && lab.store.experiments.get(id)?.status !== 'crashed'; t++) {
        if (t > 250) problem = 'the run’s end was never written once there was room';
        await sleep(20);
      }
      const checkpoint = lab.store.checkpoints.get(id);
      const record = lab.store.experiments.get(id)!;
      const lost = !!checkpoint && checkpoint.epoch > record.epochsDone;
      if (!problem && lost)
        problem = `checkpoint ${checkpoint!.epoch} past epochs ${record.epochsDone}`;
      tally.check(problem && `round ${i} (seed ${seed}): ${problem}`, { lost });
      while (lab.supervisor.activeRunIds.length > 0) await sleep(20);
    }
    const integrity = lab.store.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') tally.fail(`integrity_check: ${String(integrity)}`, { lost: true });
  } finally {
    lab.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return tally.result();
}
