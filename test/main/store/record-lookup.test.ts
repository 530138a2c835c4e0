import { describe, expect, it } from 'vitest';
import { recordLookup } from '../../../src-main/store/record-lookup';
import { StoreError } from '../../../src-main/store/store-error';

const rows = new Map([[3, { id: 3, name_col: 'xor' }]]);
const lookup = recordLookup(
  { get: (id: number) => rows.get(id) },
  (row) => ({ id: row.id, name: row.name_col }),
  'design',
);

describe('recordLookup', () => {
  it('maps a stored row to its record', () => {
    expect(lookup.get(3)).toEqual({ id: 3, name: 'xor' });
    expect(lookup.mustGet(3)).toEqual({ id: 3, name: 'xor' });
  });

  it('answers undefined for a missing id, or a not-found error naming it', () => {
    expect(lookup.get(4)).toBeUndefined();
    expect(() => lookup.mustGet(4)).toThrow(StoreError);
    expect(() => lookup.mustGet(4)).toThrow('no design 4');
  });
});
