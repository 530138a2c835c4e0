import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InstanceRegistry } from '../../../src-main/services/instances';

describe('InstanceRegistry', () => {
  // 4194398 and 4194399 lie above Linux's largest pid (2^22), so they are never alive.
  it('sees another live process, forgets dead ones, and leaves cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuron-instances-'));
    expect(new InstanceRegistry(dir, 4194399).enter()).toBe(false);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      const registry = new InstanceRegistry(dir, other.pid!);
      registry.enter();
      const me = new InstanceRegistry(dir);
      expect(me.enter()).toBe(true);
      me.leave();
      expect(existsSync(join(dir, 'instances', String(process.pid)))).toBe(false);
    } finally {
      other.kill();
    }
    await new Promise((r) => other.once('exit', r));
    mkdirSync(join(dir, 'instances'), { recursive: true });
    writeFileSync(join(dir, 'instances', '4194398'), '');
    const again = new InstanceRegistry(dir);
    // pids beyond pid_max and the killed process are dead: nobody else uses the folder any more
    expect(again.enter()).toBe(false);
    expect(existsSync(join(dir, 'instances', '4194398'))).toBe(false);
  });
});
