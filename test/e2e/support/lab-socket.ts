// The lab's API as a test reaches it: one call over the page's own WebSocket, the way the
// renderer makes it (beside the page, so with its token; same origin). For setting up runs quickly; the UI is then
// driven like a person would. Answers that carry typed arrays come as binary frames
// (src-main/contract/wire-codec.ts): read here with the same layout, and handed to the test as
// plain arrays, bytes as { $u8: base64 } (what the page can pass out of `evaluate`).
import type { Page } from '@playwright/test';

export type Reply =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One call; answers `{ ok, value | error }` as the API sends it. */
export async function callRaw(page: Page, call: string, payload?: unknown): Promise<Reply> {
  return page.evaluate(
    ([call, payload]) =>
      new Promise<Reply>((resolve, reject) => {
        const KINDS = [Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array];
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
            if (!(array instanceof Uint8Array)) return Array.from(array);
            let text = '';
            for (let i = 0; i < array.length; i += 0x8000)
              text += String.fromCharCode(...array.subarray(i, i + 0x8000));
            return { $u8: btoa(text) };
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
