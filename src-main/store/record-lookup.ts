import { StoreError } from './store-error';
import { notFoundDetail, type RecordKind } from './store-messages';

/**
 * Reading one record by id: `get` answers undefined for an id that is not stored, `mustGet`
 * throws StoreError('not-found') naming it (`no design 3`).
 * @param byId the prepared `SELECT … WHERE id = ?`
 * @param kind what a record is called in the message
 */
export function recordLookup<Row, Item>(
  byId: { get(id: number): Row | undefined },
  toRecord: (row: Row) => Item,
  kind: RecordKind,
): { get(id: number): Item | undefined; mustGet(id: number): Item } {
  const get = (id: number) => {
    const row = byId.get(id);
    return row && toRecord(row);
  };
  const mustGet = (id: number) => {
    const found = get(id);
    if (!found) throw new StoreError('not-found', `no ${kind} ${id}`, notFoundDetail(kind, id));
    return found;
  };
  return { get, mustGet };
}
