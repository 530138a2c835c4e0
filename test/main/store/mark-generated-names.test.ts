// Schema 8 records which dataset names main chose (`nameFrom`); rows of older versions are
// marked once, on upgrade, from the only sign they hold: a name equal to main's own.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, MIGRATIONS } from '../../../src-main/store';
import { migrate } from '../../../src-main/store/migrations';
import { tempDir, tempStore } from './helpers';

function version7With(rows: Array<[name: string, source: string, generator: string | null]>) {
  const dataDir = tempDir();
  const raw = new Database(path.join(dataDir, DATABASE_FILE));
  migrate(
    raw,
    MIGRATIONS.filter((m) => m.version <= 7),
  );
  const insert = raw.prepare(
    `INSERT INTO datasets (name, content_hash, source, columns_json, task, row_count,
       split_json, generator_json, x, y, created_at)
     VALUES (?, ?, ?, '[]', 'classification', 0, '{}', ?, x'', x'', 1)`,
  );
  rows.forEach(([name, source, generator], i) => insert.run(name, `h${i}`, source, generator));
  raw.close();
  return tempStore(dataDir);
}

describe('migration 8', () => {
  it("marks the rows whose name is main's for their built-in and parameters, and no other", () => {
    const spiral = JSON.stringify({ name: 'spiral', params: { count: 500, noise: 0.1 } });
    const store = version7With([
      ['Spiral (count 500, noise 0.1)', 'builtin:spiral', spiral],
      ['my spiral', 'builtin:spiral', spiral],
      ['Iris flowers', 'builtin:iris', null],
      // drawn before schema 5 kept parameters: main's name had some, which are not known
      ['Spiral (count 500)', 'builtin:spiral', null],
      ['Spiral', 'plants.csv', null],
      ['Spiral', 'builtin:nothing-like-it', null],
      ['Spiral (count 500, noise 0.1)', 'builtin:spiral', '{"name":"spiral"}'],
    ]);
    const byName = store.datasets
      .list()
      .sort((a, b) => a.id - b.id)
      .map((d) => [d.name, d.nameFrom ?? null]);
    expect(byName).toEqual([
      ['Spiral (count 500, noise 0.1)', { builtin: 'spiral', params: { count: 500, noise: 0.1 } }],
      ['my spiral', null],
      ['Iris flowers', { builtin: 'iris', params: {} }],
      ['Spiral (count 500)', null],
      ['Spiral', null],
      ['Spiral', null],
      ['Spiral (count 500, noise 0.1)', null],
    ]);
  });
});
