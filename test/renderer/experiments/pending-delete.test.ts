import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPendingDelete } from '../../../src-renderer/experiments/pending-delete';

describe('createPendingDelete', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const committed: string[] = [];
    const changes: (string | null)[] = [];
    const pending = createPendingDelete<string>({
      commit: (item) => committed.push(item),
      onChange: (item) => changes.push(item),
      millis: 10_000,
    });
    return { pending, committed, changes };
  }

  it('deletes for real only when the grace period ends', () => {
    const { pending, committed, changes } = setup();
    pending.start('a');
    expect(pending.current).toBe('a');
    vi.advanceTimersByTime(9_999);
    expect(committed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(committed).toEqual(['a']);
    expect(pending.current).toBeNull();
    expect(changes).toEqual(['a', null]);
  });

  it('undo keeps the item, and nothing is deleted later', () => {
    const { pending, committed } = setup();
    pending.start('a');
    expect(pending.undo()).toBe('a');
    vi.advanceTimersByTime(60_000);
    expect(committed).toEqual([]);
    expect(pending.undo()).toBeNull();
  });

  it('a second delete deletes the first at once and starts its own period', () => {
    const { pending, committed } = setup();
    pending.start('a');
    vi.advanceTimersByTime(5_000);
    pending.start('b');
    expect(committed).toEqual(['a']);
    expect(pending.current).toBe('b');
    vi.advanceTimersByTime(9_000);
    expect(committed).toEqual(['a']);
    vi.advanceTimersByTime(1_000);
    expect(committed).toEqual(['a', 'b']);
  });

  it('flush deletes now (the page is going away), once', () => {
    const { pending, committed } = setup();
    pending.start('a');
    pending.flush();
    pending.flush();
    vi.advanceTimersByTime(20_000);
    expect(committed).toEqual(['a']);
  });

  it('flush with its own commit (the page is going away) uses it instead, once', () => {
    const { pending, committed, changes } = setup();
    const leaving: string[] = [];
    pending.start('a');
    pending.flush((item) => leaving.push(item));
    pending.flush((item) => leaving.push(item));
    vi.advanceTimersByTime(20_000);
    expect(leaving).toEqual(['a']);
    expect(committed).toEqual([]);
    expect(changes).toEqual(['a', null]);
  });
});
