// The lab's API as a test reaches it: one call over the page's own WebSocket, the way the
// renderer makes it (beside the page, so with its token; same origin). For setting up runs
// quickly; the UI is then driven like a person would.
import type { Page } from '@playwright/test';

export type Reply =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/**
 * One call; answers `{ ok, value | error }` as the API sends it. Replies carrying typed arrays
 * come as binary frames (the contract's wire codec): their arrays arrive as plain lists of
 * numbers, and bytes (Uint8Array) as `{ $u8: base64 }`.
 */
export async function callRaw(page: Page, call: string, payload?: unknown): Promise<Reply> {
  return page.evaluate(
    ([call, payload]) =>
      new Promise<Reply>((resolve, reject) => {
        const KINDS = [Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array];
        const decode = (data: string | ArrayBuffer): { id?: unknown; result?: Reply } => {
          if (typeof data === 'string') return JSON.parse(data);
          const headerLength = new DataView(data).getUint32(4, true);
          const header = new TextDecoder().decode(new Uint8Array(data, 8, headerLength));
          const start = Math.ceil((8 + headerLength) / 8) * 8;
          return JSON.parse(header, (_key, value) => {
            if (!value || typeof value !== 'object' || !Array.isArray(value.$bin)) return value;
            const [kind, offset, length] = value.$bin as number[];
            const array = new KINDS[kind](data, start + offset, length);
            if (!(array instanceof Uint8Array)) return Array.from(array);
            let text = '';
            for (const byte of array) text += String.fromCharCode(byte);
            return { $u8: btoa(text) };
          });
        };
        const socket = new WebSocket(new URL('api', location.href).href.replace(/^http/, 'ws'));
        socket.binaryType = 'arraybuffer';
        const id = Math.floor(Math.random() * 1e9);
        socket.onopen = () => socket.send(JSON.stringify({ id, call, payload }));
        socket.onmessage = (event) => {
          const message = decode(event.data);
          // Events of other runs reach every socket; wait for this call's answer.
          if (message.id !== id) return;
          socket.close();
          resolve(message.result!);
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
