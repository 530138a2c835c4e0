import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processAlive } from '../../../src-main/services/process-alive';

describe('processAlive', () => {
  it('says yes for this process and no for one that has exited', () => {
    expect(processAlive(process.pid)).toBe(true);
    const exited = spawnSync(process.execPath, ['-e', '0']);
    expect(exited.status).toBe(0);
    expect(processAlive(exited.pid!)).toBe(false);
  });

  it('counts a process of another user (EPERM) as running', () => {
    // pid 1 is init, owned by root; when the tests run as root the signal is simply allowed
    expect(processAlive(1)).toBe(true);
  });
});
