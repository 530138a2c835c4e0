import { describe, expect, it } from 'vitest';
import {
  TRAINER_SERVICE,
  TrainerExits,
  utilityExit,
} from '../../../src-main/electron/trainer-exits';
import { forkExit } from '../../../src-main/training/trainer-launcher';
import { describeExit } from '../../../src-main/training/supervisor';

describe('how a trainer process ended', () => {
  it('Electron: pairs an exit code with the reason child-process-gone gave for it', () => {
    let now = 1000;
    const exits = new TrainerExits(() => now);
    exits.note({ type: 'Utility', reason: 'oom', exitCode: 9, serviceName: TRAINER_SERVICE });
    exits.note({ type: 'Utility', reason: 'killed', exitCode: 15, serviceName: 'Other service' });
    exits.note({ type: 'GPU', reason: 'crashed', exitCode: 15 });
    expect(exits.exitOf(9)).toEqual({ kind: 'oom', code: 9, signal: null });
    // each reason is used once; others' processes are not trainers
    expect(exits.exitOf(9)).toEqual({ kind: 'crashed', code: 9, signal: null });
    expect(exits.exitOf(15)).toEqual({ kind: 'crashed', code: 15, signal: null });
    exits.note({ type: 'Utility', reason: 'killed', exitCode: 1, serviceName: TRAINER_SERVICE });
    now += 10_000; // too old to belong to this exit
    expect(exits.exitOf(1)).toEqual({ kind: 'crashed', code: 1, signal: null });
    expect(exits.exitOf(0)).toEqual({ kind: 'clean', code: 0, signal: null });
  });

  it("Electron's reasons map to the supervisor's kinds", () => {
    expect(utilityExit(2, 'killed').kind).toBe('killed');
    expect(utilityExit(2, 'clean-exit').kind).toBe('clean');
    expect(utilityExit(2, 'launch-failed').kind).toBe('crashed');
    expect(utilityExit(2, 'integrity-failure').kind).toBe('crashed');
  });

  it('forked: signals from outside are kills, an abort after V8 ran out of heap is oom', () => {
    expect(forkExit(null, 'SIGKILL', false).kind).toBe('killed');
    expect(forkExit(null, 'SIGABRT', true).kind).toBe('oom');
    expect(forkExit(134, null, true).kind).toBe('oom');
    expect(forkExit(null, 'SIGSEGV', false).kind).toBe('crashed');
    expect(forkExit(1, null, false).kind).toBe('crashed');
    expect(forkExit(0, null, false).kind).toBe('clean');
  });

  it('says each in words a person can act on', () => {
    expect(describeExit({ kind: 'oom', code: null, signal: 'SIGABRT' })).toMatch(
      /ran out of memory .* try a smaller batch, network or dataset/,
    );
    expect(describeExit({ kind: 'killed', code: null, signal: 'SIGKILL' })).toMatch(
      /killed \(SIGKILL\)/,
    );
    expect(describeExit({ kind: 'crashed', code: 3, signal: null })).toMatch(
      /crashed \(exit code 3\)/,
    );
  });
});
