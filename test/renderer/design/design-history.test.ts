import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  undo,
} from '../../../src-renderer/design/design-history';

describe('design history', () => {
  it('undoes and redoes to the exact earlier states', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    h = redo(redo(h));
    expect(h.present).toBe('c');
  });

  it('forgets the undone states after a new edit, ignores no-op edits', () => {
    let h = record(record(createHistory(1), 2), 3);
    h = undo(h);
    h = record(h, 4);
    expect(h).toEqual({ past: [1, 2], present: 4, future: [] });
    expect(record(h, 4)).toBe(h);
  });

  it('keeps at most `limit` earlier states', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });
});
