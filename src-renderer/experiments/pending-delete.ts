/**
 * A delete that can be taken back for a while: the item is hidden at once and deleted for
 * real only when the grace period ends, when another delete takes its place, or when the
 * page goes away (`flush`). One pending delete at a time, like a mail client's "Undo".
 */

/** The default grace period, in milliseconds. */
export const UNDO_MILLIS = 10_000;

export interface PendingDelete<T> {
  /** the item waiting to be deleted, or null */
  readonly current: T | null;
  /** Hides an item and schedules its deletion; a previous pending item is deleted now. */
  start(item: T): void;
  /** Cancels the pending deletion. @returns the item kept, or null if there was none */
  undo(): T | null;
  /** Deletes the pending item now (page hidden, app closing), with `commit` when given (a
   * page going away needs a way that does not wait for the reply). */
  flush(commit?: (item: T) => void): void;
}

/** Timer functions, replaceable in tests. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * @param commit deletes an item for real (its failure is the caller's to report)
 * @param onChange called whenever `current` changes, so a view can follow it
 */
export function createPendingDelete<T>(options: {
  commit: (item: T) => void;
  onChange?: (current: T | null) => void;
  millis?: number;
  timers?: Timers;
}): PendingDelete<T> {
  const timers = options.timers ?? realTimers;
  const millis = options.millis ?? UNDO_MILLIS;
  let current: T | null = null;
  let timer: unknown = null;

  const take = (): T | null => {
    const item = current;
    if (timer !== null) timers.clear(timer);
    timer = null;
    current = null;
    return item;
  };

  const flush = (commit = options.commit) => {
    const item = take();
    if (item === null) return;
    options.onChange?.(null);
    commit(item);
  };

  return {
    get current() {
      return current;
    },
    start(item) {
      const previous = take();
      if (previous !== null) options.commit(previous);
      current = item;
      timer = timers.set(() => flush(), millis);
      options.onChange?.(item);
    },
    undo() {
      const item = take();
      if (item !== null) options.onChange?.(null);
      return item;
    },
    flush,
  };
}
