import type Database from 'better-sqlite3';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { DesignRecord, UnitDesign } from './records';
import { isUniqueViolation, StoreError } from './store-error';
import { recordLookup } from './record-lookup';
import { notFoundDetail, storeDetail } from './store-messages';

interface DesignRow {
  id: number;
  name: string;
  spec_json: string;
  unit_json: string | null;
  created_at: number;
  updated_at: number;
}

/** Named network designs, some of them single-unit designs (`unit`). Names are unique. */
export interface DesignsRepo {
  /** @param unit makes it a single-unit design @throws StoreError('conflict') when the name is taken */
  create(name: string, spec: NetworkSpec, unit?: UnitDesign): DesignRecord;
  get(id: number): DesignRecord | undefined;
  /** Every design, by name. */
  list(): DesignRecord[];
  /** Replaces the spec and the unit settings: without `unit` the design is a plain network
   * design again. @throws StoreError('not-found') */
  update(id: number, spec: NetworkSpec, unit?: UnitDesign): DesignRecord;
  /** @throws StoreError('conflict') when the name is taken; ('not-found') */
  rename(id: number, name: string): DesignRecord;
  /** A copy (unit settings included) named `name`, or "<name> (copy)", "<name> (copy 2)", …
   * @throws ('not-found') */
  duplicate(id: number, name?: string): DesignRecord;
  /** Experiments made from it keep their own copy of the spec. @throws ('not-found') */
  delete(id: number): void;
}

/** The designs repository over an open database. */
export function createDesignsRepo(db: Database.Database, now: () => number): DesignsRepo {
  const insert = db.prepare<[string, string, string | null, number, number]>(
    'INSERT INTO designs (name, spec_json, unit_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], DesignRow>('SELECT * FROM designs WHERE id = ?');
  const nameTaken = db.prepare<[string], { id: number }>('SELECT id FROM designs WHERE name = ?');
  const all = db.prepare<[], DesignRow>('SELECT * FROM designs ORDER BY name, id');
  const setSpec = db.prepare<[string, string | null, number, number]>(
    'UPDATE designs SET spec_json = ?, unit_json = ?, updated_at = ? WHERE id = ?',
  );
  const setName = db.prepare<[string, number, number]>(
    'UPDATE designs SET name = ?, updated_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM designs WHERE id = ?');

  const { get, mustGet } = recordLookup(byId, toRecord, 'design');
  const create = (name: string, spec: NetworkSpec, unit?: UnitDesign) => {
    const t = now();
    const id = uniquely(name, () =>
      insert.run(checkName(name), JSON.stringify(spec), unitJson(unit), t, t),
    );
    return mustGet(Number(id.lastInsertRowid));
  };

  return {
    create,
    get,
    list: () => all.all().map(toRecord),
    update(id, spec, unit) {
      if (setSpec.run(JSON.stringify(spec), unitJson(unit), now(), id).changes === 0) mustGet(id);
      return mustGet(id);
    },
    rename(id, name) {
      if (uniquely(name, () => setName.run(checkName(name), now(), id)).changes === 0) {
        mustGet(id);
      }
      return mustGet(id);
    },
    duplicate(id, name) {
      const original = mustGet(id);
      return create(name ?? freeCopyName(original.name), original.spec, original.unit);
    },
    delete(id) {
      if (remove.run(id).changes === 0)
        throw new StoreError('not-found', `no design ${id}`, notFoundDetail('design', id));
    },
  };

  function freeCopyName(base: string): string {
    let candidate = `${base} (copy)`;
    for (let n = 2; nameTaken.get(candidate); n++) candidate = `${base} (copy ${n})`;
    return candidate;
  }
}

function unitJson(unit: UnitDesign | undefined): string | null {
  return unit === undefined ? null : JSON.stringify(unit);
}

function uniquely<T>(name: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new StoreError(
        'conflict',
        `a design named '${name}' already exists`,
        storeDetail('nameTaken.design', { name }),
      );
    }
    throw error;
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed)
    throw new StoreError('invalid', 'a design needs a name', storeDetail('needsName.design', {}));
  return trimmed;
}

function toRecord(row: DesignRow): DesignRecord {
  const record: DesignRecord = {
    id: row.id,
    name: row.name,
    spec: JSON.parse(row.spec_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  // absent rather than null/undefined, so a network design's record has no `unit` key at all
  if (row.unit_json !== null) record.unit = JSON.parse(row.unit_json);
  return record;
}
