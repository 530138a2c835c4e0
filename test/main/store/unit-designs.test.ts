import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, MIGRATIONS, SCHEMA_VERSION } from '../../../src-main/store';
import { migrate } from '../../../src-main/store/migrations';
import type { UnitDesign } from '../../../src-main/store/records';
import { tempDir, tempStore } from './helpers';

const spec = { inputs: 3, layers: [{ units: 1, activation: 'step' as const }] };
const mcp: UnitDesign = {
  model: 'mcculloch-pitts',
  threshold: 2,
  inhibitory: [2],
  inhibition: 'absolute',
};
const madaline: UnitDesign = {
  model: 'madaline',
  learningRate: 0.1,
  epochs: 50,
  units: 3,
  logic: 'majority',
};

describe('single-unit designs', () => {
  it('keeps the unit settings through create, get, list and update', () => {
    const store = tempStore();
    const unit = store.designs.create('gate', spec, mcp);
    const plain = store.designs.create('network', spec);
    expect(store.designs.get(unit.id)?.unit).toEqual(mcp);
    expect(unit.unit).toEqual(mcp);
    // a network design has no `unit` key at all, not a null one
    expect('unit' in plain).toBe(false);
    expect('unit' in store.designs.get(plain.id)!).toBe(false);
    expect(store.designs.list().map((d) => [d.name, d.unit])).toEqual([
      ['gate', mcp],
      ['network', undefined],
    ]);
    expect(store.designs.update(plain.id, spec, madaline).unit).toEqual(madaline);
    expect(store.designs.get(plain.id)?.unit).toEqual(madaline);
  });

  it('clears the unit settings when updated without them', () => {
    const store = tempStore();
    const design = store.designs.create('gate', spec, mcp);
    const updated = store.designs.update(design.id, spec);
    expect('unit' in updated).toBe(false);
    expect('unit' in store.designs.get(design.id)!).toBe(false);
  });

  it('duplicates a single-unit design with its settings, and renaming keeps them', () => {
    const store = tempStore();
    const design = store.designs.create('adaline', spec, madaline);
    const copy = store.designs.duplicate(design.id);
    expect(copy.name).toBe('adaline (copy)');
    expect(copy.id).not.toBe(design.id);
    expect(copy.unit).toEqual(madaline);
    expect(store.designs.rename(design.id, 'renamed').unit).toEqual(madaline);
  });

  it('migrates a database of schema version 1, keeping its designs as network designs', () => {
    const dataDir = tempDir();
    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    expect(migrate(raw, MIGRATIONS.slice(0, 1))).toEqual([1]);
    raw
      .prepare('INSERT INTO designs (name, spec_json, created_at, updated_at) VALUES (?, ?, 1, 1)')
      .run('old design', JSON.stringify(spec));
    raw.close();

    const store = tempStore(dataDir);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    const [old] = store.designs.list();
    expect(old).toMatchObject({ name: 'old design', spec });
    expect('unit' in old).toBe(false);
    expect(store.designs.update(old.id, spec, mcp).unit).toEqual(mcp);
  });
});
