// The second kernel thread lives exactly as long as its run: it ends when the run ends, when
// the run fails, and it never keeps a process alive on its own.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FromTrainer, RunRequest } from '../../../src-main/training/protocol';
import { RunHost } from '../../../src-main/training/run-host';
import { kernelRun } from './kernel-run';

const source = new URL('../../../src-main/training/trainer-worker.ts', import.meta.url);
const loader = import.meta.resolve('tsx/esm/api');

/** Hosts a run to its end; the end message and the host. */
async function host(request: RunRequest) {
  let end!: (message: FromTrainer) => void;
  const ended = new Promise<FromTrainer>((resolve) => (end = resolve));
  const port = {
    onMessage: () => undefined,
    send: (message: FromTrainer) => {
      if (message.type === 'done' || message.type === 'failed') end(message);
    },
  };
  const runHost = new RunHost(request, port, { source, loader });
  return { message: await ended, runHost };
}

/** Resolves to 'ended' if the helper's thread ends within `ms`, else to 'alive'. */
function endsWithin(runHost: RunHost, ms: number): Promise<'ended' | 'alive'> {
  const timer = new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), ms));
  return Promise.race([runHost.helper!.ended.then(() => 'ended' as const), timer]);
}

describe('the second kernel thread of a run', () => {
  it('is started for a run with a large layer and ends when the run is done', async () => {
    const { message, runHost } = await host(kernelRun('helper-done', 32768));
    expect(message.type).toBe('done');
    expect(runHost.helper).not.toBeNull();
    expect(await endsWithin(runHost, 5000)).toBe('ended');
  }, 30_000);

  it('ends when the run fails', async () => {
    const { message, runHost } = await host(kernelRun('helper-failed', 32768, 3));
    expect(message.type).toBe('failed');
    expect(await endsWithin(runHost, 5000)).toBe('ended');
  }, 30_000);

  it('never keeps a process alive: one that started it and used it exits by itself', async () => {
    const helperModule = new URL('../../../src-main/training/kernel-helper.ts', import.meta.url);
    const kernels = new URL('../../../src-engine/kernels/wasm-kernels.ts', import.meta.url);
    const script = `
      const { startKernelHelper } = await import(${JSON.stringify(helperModule.href)});
      const { useSecondThread, wasmKernels } = await import(${JSON.stringify(kernels.href)});
      const helper = startKernelHelper({ source: new URL(${JSON.stringify(source.href)}),
        loader: ${JSON.stringify(loader)} });
      useSecondThread(helper.memory);
      const [m, n, k] = [64, 256, 128];
      const c = new Float32Array(m * n);
      wasmKernels().gemmABt(new Float32Array(m * k).fill(1), new Float32Array(n * k).fill(2), c, m, n, k);
      console.log(c[m * n - 1]);`;
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { cwd: fileURLToPath(new URL('../../..', import.meta.url)), timeout: 20_000 },
        (_error, stdout) => resolve({ code: child.exitCode, out: stdout }),
      );
    });
    expect(out.trim()).toBe('256'); // the last row was the helper's: 128 · 1 · 2
    expect(code).toBe(0); // not killed by the timeout
  }, 30_000);
});
