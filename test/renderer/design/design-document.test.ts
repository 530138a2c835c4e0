import { describe, expect, it } from 'vitest';
import {
  emptyDocument,
  insertBlock,
  isBlockKind,
  moveBlock,
  removeBlock,
  updateBlock,
} from '../../../src-renderer/design/design-document';

const kinds = (doc: { blocks: { kind: string }[] }) => doc.blocks.map((b) => b.kind);

describe('design document edits', () => {
  it('inserts blocks with fresh ids at a clamped position', () => {
    let doc = emptyDocument();
    ({ doc } = insertBlock(doc, 'input', 0, 3));
    ({ doc } = insertBlock(doc, 'softmax', 99, 3));
    const r = insertBlock(doc, 'dense', 1);
    expect(kinds(r.doc)).toEqual(['input', 'dense', 'softmax']);
    expect(r.id).toBe('b3');
    expect(r.doc.blocks.map((b) => b.id)).toEqual(['b1', 'b3', 'b2']);
    expect(r.doc.blocks[0]).toEqual({ id: 'b1', kind: 'input', size: 3 });
    expect(doc.blocks).toHaveLength(2); // the earlier document is untouched
  });

  it('removes, moves and updates without touching the original', () => {
    let doc = emptyDocument();
    for (const k of ['input', 'dense', 'activation'] as const) ({ doc } = insertBlock(doc, k, 9));
    expect(kinds(moveBlock(doc, 'b3', 0))).toEqual(['activation', 'input', 'dense']);
    expect(kinds(moveBlock(doc, 'b1', 5))).toEqual(['dense', 'activation', 'input']);
    expect(moveBlock(doc, 'b2', 1)).toBe(doc);
    expect(kinds(removeBlock(doc, 'b2'))).toEqual(['input', 'activation']);
    expect(removeBlock(doc, 'nope')).toBe(doc);
    const updated = updateBlock(doc, 'b2', { units: 7 });
    expect(updated.blocks[1]).toMatchObject({ id: 'b2', kind: 'dense', units: 7 });
    expect(doc.blocks[1]).toMatchObject({ units: 4 });
  });

  it('recognises block kinds from drag data', () => {
    expect(isBlockKind('perceptron')).toBe(true);
    expect(isBlockKind('conv2d')).toBe(false);
  });
});
