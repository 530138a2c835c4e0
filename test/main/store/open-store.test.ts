import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_FILE,
  defaultDataDir,
  MIGRATIONS,
  openStore,
  SCHEMA_VERSION,
  StoreError,
} from '../../../src-main/store';
import { tempDir, tempStore, xorDataset } from './helpers';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openStore', () => {
  it('creates the folder and a migrated WAL database with foreign keys on', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const store = tempStore(dataDir);
    expect(store.file).toBe(path.join(dataDir, DATABASE_FILE));
    expect(fs.existsSync(store.file)).toBe(true);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(store.notice).toBeUndefined();
  });

  it('numbers its migrations 1, 2, … without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('re-opens an existing database without migrating again, keeping its rows', () => {
    const dataDir = tempDir();
    const first = openStore({ dataDir });
    first.datasets.add(xorDataset());
    first.close();
    const again = tempStore(dataDir);
    expect(again.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.datasets.list()).toHaveLength(1);
    expect(again.notice).toBeUndefined();
  });

  it('refuses a database from a newer app and leaves the file untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    // what a newer lab leaves: the lab's tables, one more step, its version in both places
    openStore({ dataDir }).close();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.prepare('UPDATE schema_stamp SET version = ?').run(SCHEMA_VERSION + 1);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    expect(() => openStore({ dataDir })).toThrow(StoreError);
    expect(() => openStore({ dataDir })).toThrow(/newer than this app/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dataDir)).toEqual([DATABASE_FILE]);
  });

  it('sets aside a database whose header says a version no lab writes (damaged bytes)', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const first = openStore({ dataDir });
    first.datasets.add(xorDataset());
    first.close();
    const raw = new Database(file);
    raw.pragma('user_version = 1493172229'); // found by npm run fuzz (seed 77488, case 67)
    raw.close();
    const before = sha(file);
    const store = tempStore(dataDir);
    const kept = fs.readdirSync(dataDir).filter((f) => /\.corrupt-[\dT-]+Z$/.test(f));
    expect(kept).toHaveLength(1);
    expect(sha(path.join(dataDir, kept[0]))).toBe(before);
    expect(store.notice).toMatch(/header says schema version 1493172229 but its tables say/);
    expect(store.datasets.list()).toEqual([]);
  });

  it('stamps a database from before the stamp when it migrates it, keeping its rows', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const first = openStore({ dataDir });
    first.datasets.add(xorDataset());
    first.close();
    // as the release before the stamp left it: version 5, no stamp, none of the later columns
    const raw = new Database(file);
    raw.exec('DROP TABLE schema_stamp');
    raw.exec('ALTER TABLE experiments DROP COLUMN reason_detail_json');
    raw.exec('ALTER TABLE datasets DROP COLUMN name_from_json');
    raw.pragma('user_version = 5');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const store = tempStore(dataDir);
    expect(store.notice).toBeUndefined();
    expect(store.datasets.list()).toHaveLength(1);
    expect(store.db.prepare('SELECT version FROM schema_stamp').get()).toEqual({
      version: SCHEMA_VERSION,
    });
  });

  it('sets aside a database whose header and stamp disagree on the version (damaged header)', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    openStore({ dataDir }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 35}`); // looks like a newer lab's
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const store = tempStore(dataDir);
    expect(store.notice).toMatch(
      new RegExp(
        `header says schema version ${SCHEMA_VERSION + 35} but its tables say ${SCHEMA_VERSION}`,
      ),
    );
    expect(fs.readdirSync(dataDir).some((f) => /\.corrupt-/.test(f))).toBe(true);
  });

  it('sets a file of random bytes aside, names it, and starts a working store', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const junk = Buffer.alloc(8192, 0);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 251;
    fs.writeFileSync(file, junk);
    fs.writeFileSync(`${file}-wal`, 'old wal');
    const store = tempStore(dataDir);
    const kept = fs.readdirSync(dataDir).filter((f) => f.includes('.corrupt-'));
    expect(kept.sort()).toEqual(
      [
        expect.stringMatching(/^neuron-lab\.db\.corrupt-[\dT-]+Z$/),
        expect.stringMatching(/-wal$/),
      ].sort(),
    );
    const keptDb = kept.find((f) => !f.endsWith('-wal'))!;
    expect(fs.readFileSync(path.join(dataDir, keptDb))).toEqual(junk);
    expect(fs.readFileSync(path.join(dataDir, `${keptDb}-wal`), 'utf8')).toBe('old wal');
    expect(store.notice).toContain(path.join(dataDir, keptDb));
    expect(store.datasets.add(xorDataset()).created).toBe(true);
  });

  it('sets a truncated database aside and starts a working store', () => {
    const dataDir = tempDir();
    const first = openStore({ dataDir });
    for (let i = 0; i < 40; i++) first.datasets.add({ ...xorDataset(i), name: 'x'.repeat(2000) });
    first.close();
    const file = path.join(dataDir, DATABASE_FILE);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(8 * 4096);
    fs.truncateSync(file, Math.floor(size / 2));
    const store = tempStore(dataDir);
    expect(store.notice).toMatch(/damaged/);
    const kept = fs.readdirSync(dataDir).find((f) => f.includes('.corrupt-'))!;
    expect(store.notice).toContain(path.join(dataDir, kept));
    expect(fs.statSync(path.join(dataDir, kept)).size).toBe(Math.floor(size / 2));
    expect(store.datasets.list()).toEqual([]);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('openStore and what it finds at the path (issue 13)', () => {
  it('sets another program’s SQLite database aside, never migrating it in place', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const raw = new Database(file);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(file);
    const store = tempStore(dataDir);
    const kept = fs.readdirSync(dataDir).find((f) => f.includes('.foreign-'))!;
    expect(store.notice).toBe(
      `${file} was not the experiment database (it is another program's database (tables invoices)). It was kept as ${path.join(dataDir, kept)} and a new, empty database was started.`,
    );
    expect(sha(path.join(dataDir, kept))).toBe(before);
    expect(store.datasets.list()).toEqual([]);
  });

  it('sets aside a database whose tables are no longer the lab’s (a damaged schema)', () => {
    const dataDir = tempDir();
    openStore({ dataDir }).close();
    const file = path.join(dataDir, DATABASE_FILE);
    // a byte of the schema's text changed, as a disk might: SQLite still finds it sound (every
    // copy of the text, as old ones stay in free pages)
    const bytes = fs.readFileSync(file);
    let changed = 0;
    for (let at = bytes.indexOf('title TEXT NOT NULL'); at >= 0; changed++) {
      bytes[at + 2] = 'd'.charCodeAt(0);
      at = bytes.indexOf('title TEXT NOT NULL', at + 1);
    }
    expect(changed).toBeGreaterThan(0);
    fs.writeFileSync(file, bytes);
    const before = sha(file);
    const store = tempStore(dataDir);
    const kept = fs.readdirSync(dataDir).find((f) => f.includes('.corrupt-'))!;
    expect(store.notice).toMatch(
      /^The experiment database was damaged \(its tables are not the lab's: table user_labs has no column named title\)\. It was kept as /,
    );
    expect(sha(path.join(dataDir, kept))).toBe(before);
    expect(store.userLabs.list()).toEqual([]);
  });

  it('keeps a -wal found without its database instead of letting SQLite drop it', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(`${file}-wal`, 'the last commits of a database moved by hand');
    const store = tempStore(dataDir);
    const kept = fs.readdirSync(dataDir).find((f) => f.includes('.orphan-'))!;
    expect(kept).toMatch(/^neuron-lab\.db\.orphan-[\dT-]+Z-wal$/);
    expect(fs.readFileSync(path.join(dataDir, kept), 'utf8')).toBe(
      'the last commits of a database moved by hand',
    );
    expect(store.notice).toContain(`it was kept as ${path.join(dataDir, kept)}`);
  });

  it('refuses a FIFO, a folder or a dangling link at the path at once, naming it, touching nothing', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    spawnSync('mkfifo', [file]);
    expect(() => openStore({ dataDir })).toThrow(
      `${file} is a named pipe (FIFO), not the experiment database: move it away, or start the lab with another data folder`,
    );
    fs.rmSync(file);
    fs.symlinkSync('/media/usb/neuron-lab.db', file);
    expect(() => openStore({ dataDir })).toThrow(
      `the experiment database ${file} is a link to /media/usb/neuron-lab.db, which is not there (a drive not connected?): connect it, or remove the link to start a new database`,
    );
    expect(fs.readlinkSync(file)).toBe('/media/usb/neuron-lab.db');
    expect(fs.readdirSync(dataDir)).toEqual([DATABASE_FILE]);
  });
});

describe('defaultDataDir', () => {
  it('uses XDG_DATA_HOME when absolute, else ~/.local/share', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x/data' })).toBe(path.join('/x/data', 'neuron-lab'));
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative' })).toMatch(
      /\.local[/\\]share[/\\]neuron-lab$/,
    );
    expect(defaultDataDir({})).toMatch(/\.local[/\\]share[/\\]neuron-lab$/);
  });
});
