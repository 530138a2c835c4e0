// Issue 13, item 2: a full disk while a run trains ends that run `crashed` with its last
// checkpoint and a message naming the disk; the host lives on, and the run's end is written
// once there is room again. Two ways to fill the disk: SQLite's own page limit (a real
// SQLITE_FULL, everywhere) and, where mounting is permitted, a small tmpfs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../src-main/contract/handlers';
import { createEventHub } from '../../../src-main/contract/handlers';
import { openServices, type Services } from '../../../src-main/services/services';
import type { StartRun } from '../../../src-main/services/start-run';
import { forkLauncher } from '../../../src-main/training/trainer-launcher';
import { bundledTrainer } from '../../../scripts/lib/trainer-bundle.mjs';
import { training } from './services-fixture';

const trainer = bundledTrainer();

function openAt(dataDir: string): { lab: Services; seen: LabEvent[] } {
  const events = createEventHub();
  const seen: LabEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const lab = openServices({
    dataDir,
    launcher: forkLauncher(trainer),
    events,
    appVersion: '0.1.0',
  });
  return { lab, seen };
}

async function until(what: string, test: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A run that would train for a long time, on a built-in dataset of `count` points. */
async function longRun(lab: Services, count: number): Promise<number> {
  const dataset = lab.datasets.addBuiltin('spiral', { count });
  const request: StartRun = {
    datasetId: dataset.id,
    spec: {
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    training: training({ loss: 'binary_cross_entropy', epochs: 1_000_000, batchSize: 50 }),
    seed: 1,
  };
  return lab.runs.start(request);
}

/** Trains until a checkpoint is saved, fills the disk, and checks how the run ended. */
async function fillDuringRun(
  lab: Services,
  seen: LabEvent[],
  fill: () => void,
  free: () => void,
): Promise<void> {
  const id = await longRun(lab, 200);
  await until('a checkpoint', () => (lab.store.checkpoints.get(id)?.epoch ?? 0) >= 10);
  fill();
  const ended = await lab.runs.waitFor(id);
  expect(ended.status).toBe('crashed');
  expect(ended.reason).toMatch(
    /^the disk holding the experiment database is full \(.+, [\d.]+ (bytes|KB|MB|GB) free\): free some space there; then resume the run from its last checkpoint \(epoch \d+\)$/,
  );
  expect(ended.reason).toContain(lab.store.file.replace(/\/neuron-lab\.db$/, ''));
  const status = seen.find(
    (e) =>
      e.name === 'runs:status' && e.payload.experimentId === id && e.payload.status === 'crashed',
  );
  expect(status?.payload).toMatchObject({ reason: ended.reason });
  // the trainer was told to stop: nothing of it is left
  await until('the trainer to end', () => lab.supervisor.activeRunIds.length === 0);

  free();
  // once there is room, the run's end is written, with its last checkpoint intact
  await until('the end written', () => lab.store.experiments.get(id)?.status === 'crashed', 10_000);
  const row = lab.store.experiments.get(id)!;
  const checkpoint = lab.store.checkpoints.get(id)!;
  expect(row.reason).toBe(ended.reason);
  expect(checkpoint.epoch).toBeGreaterThanOrEqual(10);
  expect(checkpoint.epoch).toBeLessThanOrEqual(row.epochsDone);
  expect(ended.reason).toContain(`(epoch ${checkpoint.epoch})`);
  expect(lab.store.db.pragma('integrity_check', { simple: true })).toBe('ok');

  // and it resumes from there
  lab.runs.resume(id);
  await until('the resumed run to train past its checkpoint', () => {
    const now = lab.store.experiments.get(id)!;
    return now.status === 'running' && now.epochsDone > checkpoint.epoch;
  });
  lab.runs.control(id, 'stop');
  expect((await lab.runs.waitFor(id)).status).toBe('stopped');
}

describe('a full disk during training', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('SQLite’s page limit reached (SQLITE_FULL): the run crashed, the host alive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuron-lab-full-'));
    dirs.push(dir);
    const { lab, seen } = openAt(dir);
    try {
      await fillDuringRun(
        lab,
        seen,
        () =>
          lab.store.db.pragma(
            `max_page_count = ${lab.store.db.pragma('page_count', { simple: true })}`,
          ),
        () => lab.store.db.pragma('max_page_count = 1073741823'),
      );
    } finally {
      lab.close();
    }
  }, 60_000);

  const mountPoint = mkdtempSync(join(tmpdir(), 'neuron-lab-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint], {
    encoding: 'utf8',
  });
  const canMount = mounted.status === 0;
  if (!canMount) {
    console.log(
      `full disk on a real file system not tried: mounting a 3 MB tmpfs is not permitted here (${(mounted.stderr || mounted.error?.message || `exit ${mounted.status}`).trim()}); the page-limit test above takes the same path`,
    );
  }
  afterAll(() => {
    if (canMount) spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.runIf(canMount)(
    'a 3 MB tmpfs filled up (ENOSPC): the same',
    async () => {
      const dir = join(mountPoint, 'data');
      mkdirSync(dir);
      const filler = join(mountPoint, 'filler');
      const { lab, seen } = openAt(dir);
      try {
        await fillDuringRun(
          lab,
          seen,
          // all but a few pages: the WAL and the metrics soon need more
          () => {
            const free = spawnSync('df', ['--output=avail', '-B1', mountPoint], {
              encoding: 'utf8',
            });
            const bytes = Number(free.stdout.trim().split('\n').pop());
            writeFileSync(filler, Buffer.alloc(Math.max(0, bytes - 16 * 1024)));
          },
          () => rmSync(filler),
        );
      } finally {
        lab.close();
      }
    },
    60_000,
  );
});
