import { describe, expect, it } from 'vitest';
import { acknowledge, answer } from '../../../src-main/services/handlers/answer';

describe('answer and acknowledge', () => {
  it('answer wraps the value; acknowledge does the work and answers null', async () => {
    expect(await answer(() => 7)).toEqual({ ok: true, value: 7 });
    let done = 0;
    expect(await acknowledge(async () => (done += 1))).toEqual({ ok: true, value: null });
    expect(done).toBe(1);
  });

  it('lets errors through to dispatch', async () => {
    await expect(acknowledge(() => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
  });
});
