import type Database from 'better-sqlite3';
import type { LabDocument, UserLabRecord } from './records';
import { isUniqueViolation, StoreError } from './store-error';
import { recordLookup } from './record-lookup';
import { notFoundDetail, storeDetail } from './store-messages';

interface UserLabRow {
  id: number;
  lab_id: string;
  based_on: string | null;
  title: string;
  document_json: string;
  created_at: number;
  updated_at: number;
}

/** The longest lab id (the renderer's lab schema allows 64 characters). */
export const MAX_LAB_ID = 64;

/** A teacher's own labs. The document's `id` is the lab's id and is unique among them. */
export interface UserLabsRepo {
  /** @throws StoreError('conflict') when a user lab already has the document's id */
  create(document: LabDocument, basedOn: string | null): UserLabRecord;
  get(id: number): UserLabRecord | undefined;
  findByLabId(labId: string): UserLabRecord | undefined;
  /** Every user lab, in the document's `order`, then title. */
  list(): UserLabRecord[];
  /** Replaces the document (and `basedOn` when given).
   * @throws StoreError('not-found'); ('conflict') when another lab has the new document id */
  update(id: number, document: LabDocument, basedOn?: string | null): UserLabRecord;
  /** A copy with a free id (`<id>-copy`, `<id>-copy-2`, …) and title "<title> (copy)",
   * unless given. @throws ('not-found'); ('conflict') when the given id is taken */
  duplicate(id: number, labId?: string, title?: string): UserLabRecord;
  /** @throws ('not-found') */
  delete(id: number): void;
  /** The first of `<base>-2`, `<base>-3`, … no user lab has (cut to fit MAX_LAB_ID). */
  freeLabId(base: string, first?: number, infix?: string): string;
}

/** The user labs repository over an open database. */
export function createUserLabsRepo(db: Database.Database, now: () => number): UserLabsRepo {
  const insert = db.prepare<[string, string | null, string, string, number, number]>(
    `INSERT INTO user_labs (lab_id, based_on, title, document_json, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const byId = db.prepare<[number], UserLabRow>('SELECT * FROM user_labs WHERE id = ?');
  const byLabId = db.prepare<[string], UserLabRow>('SELECT * FROM user_labs WHERE lab_id = ?');
  const all = db.prepare<[], UserLabRow>('SELECT * FROM user_labs');
  const replace = db.prepare<[string, string | null, string, string, number, number]>(
    `UPDATE user_labs SET lab_id = ?, based_on = ?, title = ?, document_json = ?, updated_at = ?
     WHERE id = ?`,
  );
  const remove = db.prepare<[number]>('DELETE FROM user_labs WHERE id = ?');

  const { mustGet } = recordLookup(byId, toRecord, 'user lab');
  const create = (document: LabDocument, basedOn: string | null) => {
    const t = now();
    const { lastInsertRowid } = uniquely(document.id, () =>
      insert.run(document.id, basedOn, document.title, JSON.stringify(document), t, t),
    );
    return mustGet(Number(lastInsertRowid));
  };
  const freeLabId = (base: string, first = 2, infix = '') => {
    for (let n = first; ; n++) {
      const suffix = `-${infix}${n}`;
      const candidate = `${base.slice(0, MAX_LAB_ID - suffix.length)}${suffix}`;
      if (!byLabId.get(candidate)) return candidate;
    }
  };

  return {
    create,
    get: (id) => {
      const row = byId.get(id);
      return row && toRecord(row);
    },
    findByLabId: (labId) => {
      const row = byLabId.get(labId);
      return row && toRecord(row);
    },
    list: () =>
      all
        .all()
        .map(toRecord)
        .sort((a, b) => a.document.order - b.document.order || a.title.localeCompare(b.title)),
    update(id, document, basedOn) {
      const current = mustGet(id);
      uniquely(document.id, () =>
        replace.run(
          document.id,
          basedOn === undefined ? current.basedOn : basedOn,
          document.title,
          JSON.stringify(document),
          now(),
          id,
        ),
      );
      return mustGet(id);
    },
    duplicate(id, labId, title) {
      const original = mustGet(id);
      const copyId = labId ?? freeCopyId(original.labId);
      const copy = {
        ...original.document,
        id: copyId,
        title: title ?? `${original.title} (copy)`,
      };
      return create(copy, original.basedOn);
    },
    delete(id) {
      if (remove.run(id).changes === 0)
        throw new StoreError('not-found', `no user lab ${id}`, notFoundDetail('user lab', id));
    },
    freeLabId,
  };

  function freeCopyId(base: string): string {
    const plain = `${base.slice(0, MAX_LAB_ID - '-copy'.length)}-copy`;
    return byLabId.get(plain) ? freeLabId(base, 2, 'copy-') : plain;
  }
}

function uniquely<T>(labId: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new StoreError(
        'conflict',
        `a lab with id '${labId}' already exists`,
        storeDetail('labIdTaken', { id: labId }),
      );
    }
    throw error;
  }
}

function toRecord(row: UserLabRow): UserLabRecord {
  return {
    id: row.id,
    labId: row.lab_id,
    basedOn: row.based_on,
    title: row.title,
    document: JSON.parse(row.document_json) as LabDocument,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
