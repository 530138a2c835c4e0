// The lab's API as a test reaches it: one call over the page's own WebSocket, the way the
// renderer makes it (same token, same origin). For setting up runs quickly; the UI is then
// driven like a person would.
import type { Page } from '@playwright/test';

export type Reply =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One call; answers `{ ok, value | error }` as the API sends it. */
export async function callRaw(page: Page, call: string, payload?: unknown): Promise<Reply> {
  return page.evaluate(
    ([call, payload]) =>
      new Promise<Reply>((resolve, reject) => {
        const socket = new WebSocket(`ws://${location.host}/api`);
        const id = Math.floor(Math.random() * 1e9);
        socket.onopen = () => socket.send(JSON.stringify({ id, call, payload }));
        socket.onmessage = (event) => {
          // Binary frames are other runs' live pictures, never an answer.
          if (typeof event.data !== 'string') return;
          const message = JSON.parse(event.data);
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
