import type Database from 'better-sqlite3';
import type { NetworkSpec } from '../../src-engine/network/spec';
import type { DesignRecord } from './records';
import { isUniqueViolation, StoreError } from './store-error';

interface DesignRow {
  id: number;
  name: string;
  spec_json: string;
  created_at: number;
  updated_at: number;
}

/** Named network designs. Names are unique. */
export interface DesignsRepo {
  /** @throws StoreError('conflict') when the name is taken */
  create(name: string, spec: NetworkSpec): DesignRecord;
  get(id: number): DesignRecord | undefined;
  /** Every design, by name. */
  list(): DesignRecord[];
  /** Replaces the spec. @throws StoreError('not-found') */
  update(id: number, spec: NetworkSpec): DesignRecord;
  /** @throws StoreError('conflict') when the name is taken; ('not-found') */
  rename(id: number, name: string): DesignRecord;
  /** A copy named `name`, or "<name> (copy)", "<name> (copy 2)", … @throws ('not-found') */
  duplicate(id: number, name?: string): DesignRecord;
  /** Experiments made from it keep their own copy of the spec. @throws ('not-found') */
  delete(id: number): void;
}

/** The designs repository over an open database. */
export function createDesignsRepo(db: Database.Database, now: () => number): DesignsRepo {
  const insert = db.prepare<[string, string, number, number]>(
    'INSERT INTO designs (name, spec_json, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], DesignRow>('SELECT * FROM designs WHERE id = ?');
  const nameTaken = db.prepare<[string], { id: number }>('SELECT id FROM designs WHERE name = ?');
  const all = db.prepare<[], DesignRow>('SELECT * FROM designs ORDER BY name, id');
  const setSpec = db.prepare<[string, number, number]>(
    'UPDATE designs SET spec_json = ?, updated_at = ? WHERE id = ?',
  );
  const setName = db.prepare<[string, number, number]>(
    'UPDATE designs SET name = ?, updated_at = ? WHERE id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM designs WHERE id = ?');

  const get = (id: number) => {
    const row = byId.get(id);
    return row && toRecord(row);
  };
  const mustGet = (id: number) => {
    const found = get(id);
    if (!found) throw new StoreError('not-found', `no design ${id}`);
    return found;
  };
  const create = (name: string, spec: NetworkSpec) => {
    const t = now();
    const id = uniquely(name, () => insert.run(checkName(name), JSON.stringify(spec), t, t));
    return mustGet(Number(id.lastInsertRowid));
  };

  return {
    create,
    get,
    list: () => all.all().map(toRecord),
    update(id, spec) {
      if (setSpec.run(JSON.stringify(spec), now(), id).changes === 0) mustGet(id);
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
      return create(name ?? freeCopyName(original.name), original.spec);
    },
    delete(id) {
      if (remove.run(id).changes === 0) throw new StoreError('not-found', `no design ${id}`);
    },
  };

  function freeCopyName(base: string): string {
    let candidate = `${base} (copy)`;
    for (let n = 2; nameTaken.get(candidate); n++) candidate = `${base} (copy ${n})`;
    return candidate;
  }
}

function uniquely<T>(name: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new StoreError('conflict', `a design named '${name}' already exists`);
    }
    throw error;
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new StoreError('invalid', 'a design needs a name');
  return trimmed;
}

function toRecord(row: DesignRow): DesignRecord {
  return {
    id: row.id,
    name: row.name,
    spec: JSON.parse(row.spec_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
