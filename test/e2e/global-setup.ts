// Builds the lab and starts the local host on a free port for the browser tests; the page's
// address (with its token) reaches the tests as process.env.LAB_URL.
// LAB_SKIP_BUILD=1 reuses an existing out/ (npm test builds once beforehand).
import { build } from '../../scripts/lib/build.mjs';
import { CHROMIUM_HINT, findChromium } from '../../scripts/lib/chromium.mjs';
import { startLocalHost } from './support/local-host';

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!findChromium()) throw new Error(CHROMIUM_HINT);
  if (process.env.LAB_SKIP_BUILD !== '1') build();

  // A fresh data folder per run: every run starts from an empty lab, whatever earlier runs
  // stored (progress, experiments, designs), and the user's own data is never touched.
  const host = await startLocalHost();
  process.env.LAB_URL = host.url;
  return () => host.stop();
}
