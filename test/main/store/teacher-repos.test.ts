// The teacher-mode tables: user labs (unique by the document's id) and progress (per lab and
// task), against real SQLite files in temporary folders.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openStore, SCHEMA_VERSION, StoreError } from '../../../src-main/store';
import { configFor, tempDir, tempStore, xorDataset } from './helpers';

const doc = (id: string, title = `Lab ${id}`, order = 1) => ({ id, title, order, format: 1 });

describe('user labs', () => {
  it('creates, lists in order, replaces and deletes', () => {
    const store = tempStore();
    const b = store.userLabs.create(doc('b-lab', 'B', 2), 'perceptron');
    const a = store.userLabs.create({ ...doc('a-lab', 'A', 1), intro: [{ p: 'é ∑ $x$' }] }, null);
    expect(store.userLabs.list().map((l) => l.labId)).toEqual(['a-lab', 'b-lab']);
    expect(store.userLabs.get(a.id)?.document).toEqual({
      ...doc('a-lab', 'A', 1),
      intro: [{ p: 'é ∑ $x$' }],
    });
    expect(b).toMatchObject({ labId: 'b-lab', basedOn: 'perceptron', title: 'B' });

    const replaced = store.userLabs.update(b.id, doc('b-lab', 'B, edited', 5));
    expect(replaced.title).toBe('B, edited');
    expect(replaced.basedOn).toBe('perceptron'); // kept when not given
    expect(replaced.updatedAt).toBeGreaterThan(b.updatedAt);
    expect(store.userLabs.findByLabId('b-lab')?.document.order).toBe(5);

    store.userLabs.delete(a.id);
    expect(store.userLabs.get(a.id)).toBeUndefined();
    expect(() => store.userLabs.delete(a.id)).toThrow(StoreError);
  });

  it('refuses a second lab with the same id, naming it', () => {
    const store = tempStore();
    const first = store.userLabs.create(doc('mine'), null);
    const other = store.userLabs.create(doc('other'), null);
    expect(() => store.userLabs.create(doc('mine'), null)).toThrow(
      /a lab with id 'mine' already exists/,
    );
    expect(() => store.userLabs.update(other.id, doc('mine'))).toThrow(/'mine' already exists/);
    expect(store.userLabs.get(first.id)?.labId).toBe('mine');
    expect(() => store.userLabs.update(999, doc('x'))).toThrow(/no user lab 999/);
  });

  it('duplicates under a free id and a "(copy)" title', () => {
    const store = tempStore();
    const original = store.userLabs.create(doc('mine', 'Mine'), 'xor');
    const copy = store.userLabs.duplicate(original.id);
    const again = store.userLabs.duplicate(original.id);
    expect([copy.labId, again.labId]).toEqual(['mine-copy', 'mine-copy-2']);
    expect(copy.document).toMatchObject({ id: 'mine-copy', title: 'Mine (copy)', format: 1 });
    expect(copy.basedOn).toBe('xor');
    const named = store.userLabs.duplicate(original.id, 'week-2', 'Week 2');
    expect(named.document).toMatchObject({ id: 'week-2', title: 'Week 2' });
    const long = store.userLabs.create(doc('x'.repeat(64)), null);
    expect(store.userLabs.duplicate(long.id).labId).toBe(`${'x'.repeat(59)}-copy`);
    expect(store.userLabs.duplicate(long.id).labId).toBe(`${'x'.repeat(57)}-copy-2`);
  });
});

describe('progress', () => {
  it('keeps tasks done and answers per lab, and forgets them on reset', () => {
    const store = tempStore();
    store.progress.set('perceptron', 'separate', true, '{"points":3}');
    store.progress.set('perceptron', 'converge', false, '"not yet"');
    const xor = store.progress.set('xor', 'fails', true);
    expect(xor).toEqual({ done: ['fails'], answers: {}, updatedAt: expect.any(Number) });
    expect(store.progress.get('perceptron').perceptron).toEqual({
      done: ['separate'],
      answers: { converge: '"not yet"', separate: '{"points":3}' },
      updatedAt: expect.any(Number),
    });
    // no answer given: the stored one is kept; a new one replaces it
    store.progress.set('perceptron', 'separate', false);
    expect(store.progress.get().perceptron.answers.separate).toBe('{"points":3}');
    expect(store.progress.get().perceptron.done).toEqual([]);
    store.progress.set('perceptron', 'separate', true, '[1]');
    expect(store.progress.get().perceptron.answers.separate).toBe('[1]');

    expect(store.progress.reset('perceptron')).toBe(2);
    expect(Object.keys(store.progress.get())).toEqual(['xor']);
    expect(store.progress.reset()).toBe(1);
    expect(store.progress.get()).toEqual({});
  });
});

describe('datasets, for lesson imports', () => {
  it('renames a dataset and counts the runs that use it', () => {
    const store = tempStore();
    const input = xorDataset();
    const { dataset } = store.datasets.add(input);
    expect(store.datasets.usedBy(dataset.id)).toBe(0);
    store.experiments.create({ name: 'r', datasetId: dataset.id, config: configFor(input) });
    expect(store.datasets.usedBy(dataset.id)).toBe(1);
    expect(store.datasets.rename(dataset.id, '  XOR (old) ').name).toBe('XOR (old)');
    expect(() => store.datasets.rename(dataset.id, ' ')).toThrow(/needs a name/);
    expect(() => store.datasets.rename(999, 'x')).toThrow(/no dataset 999/);
  });
});

describe('migration 3', () => {
  it('adds the teacher tables to a database of version 2, keeping its rows', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'neuron-lab.db');
    const old = new Database(file);
    old.exec(
      MIGRATIONS.filter((m) => m.version <= 2)
        .map((m) => m.sql)
        .join('\n'),
    );
    old.pragma('user_version = 2');
    old
      .prepare(
        "INSERT INTO designs (name, spec_json, created_at, updated_at) VALUES ('kept', '{}', 1, 1)",
      )
      .run();
    old.close();

    const store = openStore({ dataDir });
    try {
      // and every later step after it
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(store.designs.list().map((d) => d.name)).toEqual(['kept']);
      expect(store.userLabs.create(doc('after'), null).labId).toBe('after');
    } finally {
      store.close();
    }
  });
});
