// The system's reason inside a store refusal goes to the renderer as a cause id with its
// values, beside main's English: errno and SQLite codes map to causes, an unknown one keeps
// the system's words. Real failures where a test can make them: a data folder under a file, a
// backup onto a folder, a file that is not a database.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store';
import { causeId, storeCause, STORE_CAUSES } from '../../../src-main/store/store-cause';
import { StoreError } from '../../../src-main/store/store-error';
import { storeWithRun, tempDir } from './helpers';

const coded = (code: string, message = `${code}: something`, extra: object = {}) =>
  Object.assign(new Error(message), { code }, extra);

describe('the cause of a store refusal', () => {
  it('maps Node’s errno codes', () => {
    const expected: Record<string, string> = {
      ENOENT: 'missing',
      EACCES: 'permission',
      EPERM: 'notAllowed',
      EROFS: 'readOnlyDisk',
      ENOSPC: 'diskFull',
      EISDIR: 'isFolder',
      ENOTDIR: 'notFolder',
      EBUSY: 'inUse',
      EMFILE: 'tooManyOpen',
      ENFILE: 'tooManyOpen',
      EIO: 'io',
    };
    for (const [code, id] of Object.entries(expected)) expect(causeId(coded(code)), code).toBe(id);
  });

  it('maps SQLite’s result codes, extended ones by their primary code', () => {
    const expected: Record<string, string> = {
      SQLITE_CANTOPEN: 'cantOpen',
      SQLITE_CORRUPT: 'corrupt',
      SQLITE_CORRUPT_INDEX: 'corrupt',
      SQLITE_NOTADB: 'notDatabase',
      SQLITE_BUSY: 'busy',
      SQLITE_BUSY_SNAPSHOT: 'busy',
      SQLITE_LOCKED: 'locked',
      SQLITE_FULL: 'diskFull',
      SQLITE_READONLY: 'readOnly',
      SQLITE_READONLY_DBMOVED: 'readOnly',
      SQLITE_IOERR: 'io',
      SQLITE_IOERR_SHORT_READ: 'io',
      SQLITE_PERM: 'permission',
    };
    for (const [code, id] of Object.entries(expected)) expect(causeId(coded(code)), code).toBe(id);
  });

  it('names no cause for a code it does not know, nor for an inherited name', () => {
    for (const code of ['SQLITE_ERROR', 'SQLITE_CONSTRAINT_UNIQUE', 'EWHATEVER', 'constructor'])
      expect(causeId(coded(code)), code).toBeUndefined();
    expect(causeId(new Error('no code'))).toBeUndefined();
    expect(causeId(null)).toBeUndefined();
  });

  it('names the error’s own path, else the one given; an unknown cause keeps the text', () => {
    const own = coded('EACCES', 'EACCES: permission denied', { path: '/data/lab.db-wal' });
    expect(storeCause(own, '/data/lab.db')).toEqual({
      key: 'store.cause.permission',
      params: { path: '/data/lab.db-wal' },
      message: 'EACCES: permission denied',
    });
    expect(storeCause(coded('SQLITE_FULL', 'database or disk is full'), '/d/lab.db')).toEqual({
      key: 'store.cause.diskFull',
      params: { path: '/d/lab.db' },
      message: 'database or disk is full',
    });
    expect(storeCause(coded('SQLITE_MISMATCH', 'datatype mismatch'), '/d/lab.db')).toEqual({
      key: 'store.cause.system',
      params: { text: 'datatype mismatch' },
      message: 'datatype mismatch',
    });
  });

  it('every cause names only values its list declares', () => {
    for (const code of ['ENOENT', 'SQLITE_NOMEM', 'SQLITE_SCHEMA']) {
      const { key, params } = storeCause(coded(code), '/x');
      const id = key.slice('store.cause.'.length) as keyof typeof STORE_CAUSES;
      expect(Object.keys(params).sort()).toEqual([...STORE_CAUSES[id]].sort());
    }
  });
});

describe('real failures carry their cause', () => {
  it('a file that is not a database: SQLite’s SQLITE_NOTADB', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'this is a text file, long enough to have a header '.repeat(4));
    const db = new Database(file);
    let thrown: unknown;
    try {
      db.pragma('user_version');
    } catch (error) {
      thrown = error;
    } finally {
      db.close();
    }
    expect(storeCause(thrown, file)).toMatchObject({
      key: 'store.cause.notDatabase',
      params: { path: file },
    });
  });

  it('a data folder inside a file: the folder cannot be made (ENOTDIR)', () => {
    const file = path.join(tempDir(), 'plain-file');
    fs.writeFileSync(file, 'x');
    const dataDir = path.join(file, 'lab');
    let error: unknown;
    try {
      openStore({ dataDir });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(StoreError);
    const { message, detail } = error as StoreError;
    expect(message).toBe(
      `the data folder cannot be made: a part of ${dataDir} is a file, not a folder: check the path`,
    );
    expect(detail).toMatchObject({
      key: 'store.dataFolder',
      parts: [{ key: 'store.cause.notFolder', params: { path: dataDir } }],
    });
  });

  it('a backup onto a folder: the copy cannot take its place (EISDIR), nothing is left', async () => {
    const { store } = storeWithRun();
    const target = path.join(tempDir(), 'a-folder');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    const error = await store.backupTo(target).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StoreError);
    const { message, detail } = error as StoreError;
    expect(message).toMatch(new RegExp(`^backup to ${target} failed: `));
    expect(detail?.key).toBe('store.backupFailed');
    expect(detail?.parts?.[0]).toMatchObject({
      key: 'store.cause.isFolder',
      params: { path: target },
    });
    expect(fs.readdirSync(path.dirname(target))).toEqual(['a-folder']);
  });
});
