import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueRedraw } from '../../../../src-renderer/components/charts/redraw-queue';

// A hand-driven animation frame clock: each frame() runs the callbacks asked for before it.
let callbacks: FrameRequestCallback[] = [];
let now = 0;
function frame(): void {
  const due = callbacks;
  callbacks = [];
  for (const callback of due) callback(now);
}

beforeEach(() => {
  callbacks = [];
  now = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.push(callback);
    return callbacks.length;
  });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('queueRedraw', () => {
  it('runs slow redraws one per frame, in the order they were asked for', () => {
    const ran: string[] = [];
    const slow = (name: string) => () => {
      ran.push(name);
      now += 30; // each redraw takes longer than a frame's budget
    };
    queueRedraw(slow('loss'));
    queueRedraw(slow('accuracy'));
    queueRedraw(slow('rate'));
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual(['loss']);
    frame();
    expect(ran).toEqual(['loss', 'accuracy']);
    frame();
    expect(ran).toEqual(['loss', 'accuracy', 'rate']);
    expect(callbacks).toHaveLength(0);
  });

  it('runs quick redraws together in one frame', () => {
    const ran: number[] = [];
    for (let i = 0; i < 4; i++)
      queueRedraw(() => {
        ran.push(i);
        now += 2;
      });
    frame();
    expect(ran).toEqual([0, 1, 2, 3]);
  });

  it('drops a withdrawn redraw (an unmounted chart)', () => {
    const ran: string[] = [];
    queueRedraw(() => ran.push('kept'));
    const withdraw = queueRedraw(() => ran.push('withdrawn'));
    withdraw();
    frame();
    expect(ran).toEqual(['kept']);
  });
});
