// The page reaches the contract over the local host's WebSocket beside it (/lab/TOKEN/api): the
// token in the page's own path opens it (no cookie), and its CSP (connect-src 'self') allows it.
import { expect, test } from '@playwright/test';

test('the page calls app:info over the API socket', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const url = process.env.LAB_URL;
  if (!url) throw new Error('LAB_URL is not set: run through playwright.config.ts (global setup)');
  await page.goto(url);
  const reply = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        // The address beside the page carries its token in the path.
        const socket = new WebSocket(new URL('api', location.href).href.replace(/^http/, 'ws'));
        socket.onopen = () => socket.send(JSON.stringify({ id: 1, call: 'app:info' }));
        socket.onmessage = (event) => {
          if (typeof event.data !== 'string') return; // other runs' live pictures
          const message = JSON.parse(String(event.data));
          // Events of other tests' runs reach every socket; wait for this call's answer.
          if (message.id !== 1) return;
          resolve(message);
          socket.close();
        };
        socket.onerror = () => reject(new Error('the socket was refused'));
      }),
  );
  expect(reply).toEqual({
    id: 1,
    result: {
      ok: true,
      value: expect.objectContaining({ host: 'local', version: expect.any(String) }),
    },
  });
  expect(problems).toEqual([]);
});
