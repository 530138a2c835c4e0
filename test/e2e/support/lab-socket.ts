// The lab's API as a test reaches it, the way the renderer makes its calls: in an Electron
// window through the preload's `window.lab`, else over the page's own WebSocket beside it (so
// with its token; same origin). For setting up runs quickly; the UI is then driven like a
// person would. Typed arrays in answers — binary frames on the socket
// (src-main/contract/wire-codec.ts), read here with the same layout, or structured clones
// over IPC — reach the test as plain arrays, bytes as { $u8: base64 } (what the page can
// pass out of `evaluate`).
import type { Page } from '@playwright/test';

export type Reply =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One call; answers `{ ok, value | error }` as the API sends it. */
export async function callRaw(page: Page, call: string, payload?: unknown): Promise<Reply> {
  return page.evaluate(
    ([call, payload]) =>
      new Promise<Reply>((resolve, reject) => {
        const KINDS = [Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array];
        const base64 = (array: Uint8Array): string => {
          let text = '';
          for (let i = 0; i < array.length; i += 0x8000)
            text += String.fromCharCode(...array.subarray(i, i + 0x8000));
          return btoa(text);
        };
        /** An IPC answer with its typed arrays as the socket path hands them out. */
        const plain = (value: unknown): unknown => {
          if (value instanceof Uint8Array) return { $u8: base64(value) };
          if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
          if (Array.isArray(value)) return value.map(plain);
          if (value === null || typeof value !== 'object') return value;
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
        };
        type Call = (request?: unknown) => Promise<Reply>;
        const lab = (globalThis as { lab?: Record<string, Record<string, Call> | undefined> }).lab;
        if (lab) {
          const [domain, verb] = call.split(':');
          const named = lab[domain]?.[verb];
          if (typeof named !== 'function') {
            reject(new Error(`window.lab has no ${call}`));
            return;
          }
          named(payload).then((reply) => resolve(plain(reply) as Reply), reject);
          return;
        }
        /** An "NLB1" frame: 8 bytes, the header (JSON), the arrays from an 8-aligned offset. */
        const readFrame = (buffer: ArrayBuffer): unknown => {
          const length = new DataView(buffer).getUint32(4, true);
          const header = new TextDecoder().decode(new Uint8Array(buffer, 8, length));
          const start = Math.ceil((8 + length) / 8) * 8;
          return JSON.parse(header, (_k, v: unknown) => {
            const ref = (v as { $bin?: number[] } | null)?.$bin;
            if (!Array.isArray(ref)) return v;
            const [kind, offset, count] = ref;
            const array = new KINDS[kind](buffer, start + offset, count);
            return array instanceof Uint8Array ? { $u8: base64(array) } : Array.from(array);
          });
        };
        const socket = new WebSocket(new URL('api', location.href).href.replace(/^http/, 'ws'));
        socket.binaryType = 'arraybuffer';
        const id = Math.floor(Math.random() * 1e9);
        socket.onopen = () => socket.send(JSON.stringify({ id, call, payload }));
        socket.onmessage = (event) => {
          const message = (
            typeof event.data === 'string' ? JSON.parse(event.data) : readFrame(event.data)
          ) as { id?: number; result: Reply };
          // Events of other runs reach every socket; wait for this call's answer.
          if (message.id !== id) return;
          socket.close();
          resolve(message.result);
        };
        socket.onerror = () => reject(new Error('the socket was refused'));
      }),
    [call, payload] as const,
  );
}

/** One call that must succeed; its value. */
export async function call<T>(page: Page, name: string, payload?: unknown): Promise<T> {
  const reply = await callRaw(page, name, payload);
  if (!reply.ok) throw new Error(`${name} failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}
