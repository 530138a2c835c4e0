// The preload's window.lab, built against a fake ipcRenderer (Electron cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_CHANNEL } from '../../../src-main/contract/names';
import { buildLabApi, type IpcRendererLike } from '../../../src-main/electron/lab-bridge';

function fakeIpc() {
  let onEvent: ((event: unknown, ...args: unknown[]) => void) | undefined;
  const ipc: IpcRendererLike & { invoke: ReturnType<typeof vi.fn> } = {
    invoke: vi.fn(async (channel: string, request: unknown) => ({
      ok: true,
      value: { channel, request },
    })),
    on: (channel, listener) => {
      expect(channel).toBe(EVENT_CHANNEL);
      onEvent = listener;
    },
  };
  const push = (...args: unknown[]) => onEvent?.({ senderId: 0, ports: [] }, ...args);
  return { ipc, push };
}

describe('window.lab', () => {
  it('has one named function per call, by domain, plus version and on, and nothing else', () => {
    const lab = buildLabApi(fakeIpc().ipc, '9.9.9') as unknown as Record<string, unknown>;
    const domains = new Set(CALL_NAMES.map((name) => name.split(':')[0]));
    expect(domains.has('runs')).toBe(true);
    expect(Object.keys(lab).sort()).toEqual([...domains, 'on', 'version'].sort());
    for (const name of CALL_NAMES) {
      const [domain, verb] = name.split(':');
      expect(typeof (lab[domain] as Record<string, unknown>)[verb], name).toBe('function');
    }
    expect(lab.version).toBe('9.9.9');
    expect(Object.isFrozen(lab)).toBe(true);
    expect(Object.isFrozen(lab.datasets)).toBe(true);
  });

  it('sends each call on its own channel, {} when called without a request', async () => {
    const { ipc } = fakeIpc();
    const lab = buildLabApi(ipc, '1');
    expect(await lab.datasets.get({ id: 3 })).toEqual({
      ok: true,
      value: { channel: 'lab:datasets:get', request: { id: 3 } },
    });
    await lab.runs.setLearningRate({ experimentId: 1, rate: 0.1 });
    await lab.datasets.list();
    expect(ipc.invoke.mock.calls.map((c) => c[0])).toEqual([
      'lab:datasets:get',
      'lab:runs:setLearningRate',
      'lab:datasets:list',
    ]);
    expect(ipc.invoke.mock.calls[2][1]).toEqual({});
  });

  it('answers invalid-request when the request cannot be sent', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockImplementationOnce(() => {
      throw new Error('An object could not be cloned.');
    });
    const lab = buildLabApi(ipc, '1');
    expect(await lab.app.info()).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'app:info: An object could not be cloned.' },
    });
  });

  it('delivers declared events to their listeners, without the IPC event object', () => {
    const { ipc, push } = fakeIpc();
    const lab = buildLabApi(ipc, '1');
    const progress = vi.fn();
    const status = vi.fn();
    const stop = lab.on('runs:progress', progress);
    lab.on('runs:status', status);
    push('runs:progress', { experimentId: 1 });
    push('not:declared', { x: 1 });
    stop();
    push('runs:progress', { experimentId: 2 });
    expect(progress.mock.calls).toEqual([[{ experimentId: 1 }]]);
    expect(status).not.toHaveBeenCalled();
  });

  it('refuses undeclared events and listeners that are not functions', () => {
    const lab = buildLabApi(fakeIpc().ipc, '1');
    expect(() => lab.on('runs:secret' as never, () => undefined)).toThrow(/unknown lab event/);
    expect(() => lab.on('runs:status', 'x' as never)).toThrow(/must be a function/);
  });
});
