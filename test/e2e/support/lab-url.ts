// Where a spec's page finds the lab: the local host's address (with its token, set by the
// global setup as LAB_URL) or, in an Electron window, the app's own page (set by the host
// fixture in lab-test.ts for the worker it runs in).
let hostUrl: string | undefined;

/** The address of the lab's page on the host the test runs against. */
export function labUrl(): string {
  const url = hostUrl ?? process.env.LAB_URL;
  if (!url) throw new Error('LAB_URL is not set: run through playwright.config.ts (global setup)');
  return url;
}

/** Points labUrl() at another host's page (the Electron fixture's app:// page). */
export function setLabUrl(url: string): void {
  hostUrl = url;
}

/** Whether a request stays with the lab: its own page's scheme and host, loopback, or data:. */
export function staysWithLab(url: string): boolean {
  const { protocol, host, hostname } = new URL(url);
  if (protocol === 'data:') return true;
  if (['127.0.0.1', 'localhost'].includes(hostname)) return true;
  const lab = new URL(labUrl());
  return protocol === lab.protocol && host === lab.host;
}
