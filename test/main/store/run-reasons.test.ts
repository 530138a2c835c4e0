// Why a run ended, stored twice: the engine's English (command line, logs) and its code and
// values (views say it in their reader's language). Schema 7 added the second; rows written
// before keep their English and nothing else.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemDetail } from '../../../src-main/contract/engine-detail';
import { DATABASE_FILE, MIGRATIONS, SCHEMA_VERSION } from '../../../src-main/store';
import { migrate } from '../../../src-main/store/migrations';
import { earlyStopped, stoppedByUser } from '../../../src-engine/train/run-endings';
import { storeWithRun, tempDir, tempStore } from './helpers';

const early = earlyStopped(3, 0.123456, 7, true);

describe("a run's reason", () => {
  it('keeps the English reason and its detail through finish, get and the list', () => {
    const { store, runId } = storeWithRun();
    const detail = problemDetail(early);
    store.experiments.setStatus(runId, 'running');
    store.experiments.finish(runId, 'done', {
      finalMetrics: { loss: 0.2 },
      reason: early.message,
      reasonDetail: detail,
    });
    expect(detail).toEqual({
      key: 'engine.run.earlyStoppedRestored',
      params: { patience: 3, best: '0.1235', epoch: 7 },
    });
    const stored = store.experiments.get(runId)!;
    expect(stored.reason).toBe(early.message);
    expect(stored.reasonDetail).toEqual(detail);
    const [listed] = store.listExperiments();
    expect(listed.reasonDetail).toEqual(detail);
    expect(listed.reason).toBe(early.message);
  });

  it('drops the detail with the reason when the status moves on without one', () => {
    const { store, runId } = storeWithRun();
    const stopped = stoppedByUser(2);
    store.experiments.setStatus(runId, 'stopped', stopped.message, problemDetail(stopped));
    const again = store.experiments.setStatus(runId, 'running');
    expect(again.reason).toBeNull();
    expect('reasonDetail' in again).toBe(false);
  });

  it('has no detail for a reason the engine gave no code', () => {
    const { store, runId } = storeWithRun();
    const crashed = store.experiments.finish(runId, 'crashed', { reason: 'the disk is full' });
    expect(crashed.reason).toBe('the disk is full');
    expect('reasonDetail' in crashed).toBe(false);
  });
});

describe('migration 7', () => {
  it('upgrades a version 6 database: old runs keep their English reason, new ones get a detail', () => {
    const dataDir = tempDir();
    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    expect(
      migrate(
        raw,
        MIGRATIONS.filter((m) => m.version <= 6),
      ),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    raw
      .prepare(
        `INSERT INTO datasets (name, content_hash, source, columns_json, task, row_count,
           split_json, x, y, created_at)
         VALUES ('old data', 'h', 'builtin:xor', '[]', 'classification', 0, '{}', x'', x'', 1)`,
      )
      .run();
    raw
      .prepare(
        `INSERT INTO experiments (name, dataset_id, config_json, status, reason, created_at,
           finished_at, epochs_done, final_metrics_json, notes)
         VALUES ('old run', 1, '{"seed":1}', 'done', ?, 1, 2, 9, '{"loss":0.5}', 'kept note')`,
      )
      .run(early.message);
    raw.close();

    const store = tempStore(dataDir);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const [old] = store.listExperiments();
    expect(old).toMatchObject({
      name: 'old run',
      status: 'done',
      reason: early.message,
      epochsDone: 9,
      finalMetrics: { loss: 0.5 },
      notes: 'kept note',
    });
    expect('reasonDetail' in old).toBe(false);
    expect(store.experiments.get(old.id)?.config).toEqual({ seed: 1 });

    const detail = problemDetail(stoppedByUser(4));
    const after = store.experiments.finish(old.id, 'stopped', {
      reason: 'x',
      reasonDetail: detail,
    });
    expect(after.reasonDetail).toEqual(detail);
  });
});
