import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '../../../src-renderer/train/pacer';

describe('createPacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first request at once, and a burst within the interval once, at its end', () => {
    const job = vi.fn();
    const pacer = createPacer(100, job, () => Date.now());
    pacer.request();
    expect(job).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(5);
      pacer.request();
    }
    expect(job).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(49);
    expect(job).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(job).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('runs at once when asked to, and drops the pending run', () => {
    const job = vi.fn();
    const pacer = createPacer(100, job, () => Date.now());
    pacer.request();
    vi.advanceTimersByTime(10);
    pacer.request();
    pacer.request(true);
    expect(job).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('forgets a pending run when cancelled', () => {
    const job = vi.fn();
    const pacer = createPacer(100, job, () => Date.now());
    pacer.request();
    pacer.request();
    pacer.cancel();
    vi.advanceTimersByTime(500);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
