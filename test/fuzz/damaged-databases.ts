/**
 * Damaged experiment databases: truncated, pages overwritten, the header broken, another
 * program's database, a file from a newer app, a FIFO, a folder, a read-only file or folder,
 * a dangling link, a -wal left without its database, junk. Opening each must either start
 * (with the original set aside untouched and a notice naming where it was kept), or refuse
 * with a message naming the file and what to do, leaving it exactly as it was. Nothing hangs,
 * nothing foreign is migrated in place, a sound database reached through a link keeps its rows.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE, openStore, SCHEMA_VERSION, StoreError } from '../../src-main/store';
import { Tally, type FamilyResult } from './family';
import { SeededRandom } from './seeded-random';

const KINDS = [
  'truncated',
  'bytes overwritten',
  'page zeroed',
  'header broken',
  'foreign (version 0)',
  'foreign (our version)',
  'newer version',
  'junk',
  'empty',
  'fifo',
  'folder',
  'dangling link',
  'link to a sound database',
  'orphan wal',
  'read-only file',
  'read-only folder',
] as const;
type Kind = (typeof KINDS)[number];

/** What opening must do for each kind: start (setting aside what it cannot use), or refuse. */
const REFUSED: ReadonlySet<Kind> = new Set([
  'newer version',
  'fifo',
  'folder',
  'dangling link',
  'read-only file',
  'read-only folder',
]);

const ADVICE =
  /move it away|connect it|remove the link|make both writable|update Neuron Lab|free some space|check|close it/;

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A sound database with rows over several pages, and its -wal taken before a checkpoint. */
function makeSample(dir: string): { db: Buffer; wal: Buffer; datasets: number } {
  const store = openStore({ dataDir: dir });
  for (let i = 0; i < 12; i++) {
    store.datasets.add({
      name: `sample ${i} ${'x'.repeat(500)}`,
      source: 'test',
      columns: [
        { name: 'a', type: 'numeric', role: 'input' },
        { name: 'y', type: 'numeric', role: 'target' },
      ],
      task: 'regression',
      rowCount: 64,
      split: { train: 1, validation: 0, test: 0 },
      x: Float32Array.from({ length: 64 }, (_, k) => k * (i + 1)),
      y: Float32Array.from({ length: 64 }, (_, k) => k - i),
    });
  }
  store.close();
  const file = path.join(dir, DATABASE_FILE);
  const db = fs.readFileSync(file);
  // a log with commits the database file has not taken in yet
  const raw = new Database(file);
  raw.pragma('wal_autocheckpoint = 0');
  raw.exec("CREATE TABLE IF NOT EXISTS scratch (x); INSERT INTO scratch VALUES ('in the log')");
  const wal = fs.readFileSync(`${file}-wal`);
  raw.close();
  return { db, wal, datasets: 12 };
}

/** Whether an immutable attribute stops even this user from writing (root ignores modes). */
function immutableWorks(dir: string): string | undefined {
  const probe = path.join(dir, 'probe');
  fs.writeFileSync(probe, 'x');
  const set = spawnSync('chattr', ['+i', probe], { encoding: 'utf8' });
  if (set.status !== 0)
    return `chattr +i is not available (${(set.stderr || set.error?.message || '').trim()})`;
  let blocked = false;
  try {
    fs.writeFileSync(probe, 'y');
  } catch {
    blocked = true;
  }
  spawnSync('chattr', ['-i', probe]);
  fs.rmSync(probe);
  return blocked ? undefined : 'chattr +i does not stop writes here';
}

/** Makes one damaged data folder. @returns the thing at the database path to compare after */
function damage(
  kind: Kind,
  dir: string,
  sample: ReturnType<typeof makeSample>,
  random: SeededRandom,
) {
  const file = path.join(dir, DATABASE_FILE);
  const bytes = Buffer.from(sample.db);
  const pages = Math.floor(bytes.length / 4096);
  switch (kind) {
    case 'truncated':
      fs.writeFileSync(file, bytes.subarray(0, random.int(1, bytes.length - 1)));
      break;
    case 'bytes overwritten':
      for (let n = random.int(1, 40); n > 0; n--)
        bytes[random.int(100, bytes.length - 1)] = random.int(0, 255);
      fs.writeFileSync(file, bytes);
      break;
    case 'page zeroed': {
      const page = random.int(1, pages - 1);
      bytes.fill(0, page * 4096, (page + 1) * 4096);
      fs.writeFileSync(file, bytes);
      break;
    }
    case 'header broken':
      for (let n = random.int(1, 8); n > 0; n--) bytes[random.int(16, 99)] = random.int(0, 255);
      fs.writeFileSync(file, bytes);
      break;
    case 'foreign (version 0)':
    case 'foreign (our version)': {
      const raw = new Database(file);
      raw.exec(
        'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5)',
      );
      if (kind === 'foreign (our version)')
        raw.pragma(`user_version = ${random.int(1, SCHEMA_VERSION)}`);
      raw.pragma('journal_mode = DELETE');
      raw.close();
      break;
    }
    case 'newer version': {
      fs.writeFileSync(file, bytes);
      const raw = new Database(file);
      // what a newer lab writes: its version in the header and in the stamp alike
      const newer = SCHEMA_VERSION + random.int(1, 50);
      raw.pragma(`user_version = ${newer}`);
      raw.prepare('UPDATE schema_stamp SET version = ?').run(newer);
      raw.pragma('journal_mode = DELETE');
      raw.close();
      break;
    }
    case 'junk':
      fs.writeFileSync(
        file,
        Buffer.from(Array.from({ length: random.int(1, 20_000) }, () => random.int(0, 255))),
      );
      break;
    case 'empty':
      fs.writeFileSync(file, '');
      break;
    case 'fifo':
      spawnSync('mkfifo', [file]);
      break;
    case 'folder':
      fs.mkdirSync(file);
      fs.writeFileSync(path.join(file, 'inside.txt'), 'mine');
      break;
    case 'dangling link':
      fs.symlinkSync(path.join(dir, 'unplugged-drive', DATABASE_FILE), file);
      break;
    case 'link to a sound database': {
      const real = path.join(dir, 'elsewhere.db');
      fs.writeFileSync(real, bytes);
      fs.symlinkSync(real, file);
      break;
    }
    case 'orphan wal':
      fs.writeFileSync(`${file}-wal`, sample.wal);
      break;
    case 'read-only file':
      fs.writeFileSync(file, bytes);
      spawnSync('chattr', ['+i', file]);
      break;
    case 'read-only folder':
      fs.writeFileSync(file, bytes);
      spawnSync('chattr', ['+i', dir]);
      break;
  }
}

/** A fingerprint of what is at a path: its kind and, for a file, its content. */
function fingerprint(file: string): string {
  let stats: fs.Stats;
  try {
    stats = fs.lstatSync(file);
  } catch {
    return 'nothing';
  }
  if (stats.isSymbolicLink()) return `link to ${fs.readlinkSync(file)}`;
  if (stats.isFile()) return `file ${sha(file)}`;
  if (stats.isDirectory()) return `folder of ${fs.readdirSync(file).join(',')}`;
  return stats.isFIFO() ? 'fifo' : 'other';
}

/** Opens one damaged folder. @returns a problem, or undefined; `lost` when data went missing */
function check(
  kind: Kind,
  dir: string,
  sample: ReturnType<typeof makeSample>,
): { problem?: string; lost?: boolean } {
  const file = path.join(dir, DATABASE_FILE);
  const before = fingerprint(file);
  const walBefore = fs.existsSync(`${file}-wal`) ? sha(`${file}-wal`) : undefined;
  let store: ReturnType<typeof openStore>;
  try {
    store = openStore({ dataDir: dir });
  } catch (error) {
    if (!(error instanceof StoreError)) return { problem: `threw ${String(error)}` };
    if (!REFUSED.has(kind)) return { problem: `refused: ${error.message}` };
    if (!error.message.includes(file))
      return { problem: `a message without the file: ${error.message}` };
    if (!ADVICE.test(error.message))
      return { problem: `a message without advice: ${error.message}` };
    const after = fingerprint(file);
    if (after !== before)
      return { problem: `changed what it refused (${before} → ${after})`, lost: true };
    return {};
  }
  try {
    if (REFUSED.has(kind)) return { problem: `opened it (${store.notice ?? 'no notice'})` };
    if (kind === 'link to a sound database') {
      return store.datasets.list().length === sample.datasets
        ? {}
        : { problem: 'a sound database lost its rows', lost: true };
    }
    const kept = /kept as (\S+?)(?: and|\s\(|\.?$)/
      .exec(store.notice ?? '')?.[1]
      ?.replace(/\.$/, '');
    if (kind === 'orphan wal') {
      if (!kept || !fs.existsSync(kept))
        return { problem: `no orphan kept: ${store.notice}`, lost: true };
      if (sha(kept) !== walBefore) return { problem: 'the kept log is not the orphan', lost: true };
    } else if (kept) {
      if (!before.startsWith('file ') || `file ${sha(kept)}` !== before) {
        return { problem: `the file kept (${kept}) is not the original`, lost: true };
      }
    } else if (
      !['empty', 'truncated', 'bytes overwritten', 'page zeroed', 'header broken'].includes(kind)
    ) {
      return { problem: `opened without setting it aside: ${store.notice ?? 'no notice'}` };
    } else if (fingerprint(file) !== before && kind !== 'empty') {
      // damage SQLite does not see (unused space) is fine; the file must then be the same one
      const still = store.datasets.list().length;
      if (still !== sample.datasets)
        return { problem: `kept in place with ${still} datasets`, lost: true };
    }
    // the store works
    store.designs.create('after', { inputs: 1, layers: [{ units: 1, activation: 'linear' }] });
    const integrity = store.db.pragma('integrity_check', { simple: true });
    return integrity === 'ok' ? {} : { problem: `integrity ${String(integrity)}` };
  } finally {
    store.close();
  }
}

/** Opens `count` damaged databases, each kind in turn, damaged differently by `seed`. */
export function attackDatabases(count: number, seed: number): FamilyResult {
  const tally = new Tally('damaged databases');
  const random = new SeededRandom(seed);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-damaged-'));
  try {
    const sample = makeSample(path.join(root, 'sample'));
    const noImmutable = immutableWorks(root);
    if (noImmutable) tally.notes.push(`read-only cases not tried: ${noImmutable}`);
    for (let i = 0; i < count; i++) {
      const kind = KINDS[i % KINDS.length];
      if (noImmutable && kind.startsWith('read-only')) continue;
      const dir = path.join(root, `case-${i}`);
      fs.mkdirSync(dir);
      damage(kind, dir, sample, random);
      const { problem, lost } = check(kind, dir, sample);
      tally.check(problem && `${kind} (seed ${seed}, case ${i}): ${problem}`, { lost });
      spawnSync('chattr', ['-i', dir, path.join(dir, DATABASE_FILE)]);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return tally.result();
}
