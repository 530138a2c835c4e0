import { existsSync } from 'node:fs';
import { ExportError } from '../export-error';

/** Turns a report's HTML into PDF bytes (Chromium here, Electron's printToPDF in the app). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** Where Linux distributions put Chromium, best first (as scripts/lib/chromium.mjs). */
const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** $CHROMIUM_PATH if it exists, else the first installed candidate, else undefined. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

interface PlaywrightCore {
  chromium: {
    launch(options: { executablePath: string; args: string[] }): Promise<{
      newPage(): Promise<{
        route(url: string, handler: (route: { abort(): Promise<void> }) => void): Promise<void>;
        setContent(html: string, options: { waitUntil: 'load' }): Promise<void>;
        pdf(options: { preferCSSPageSize: boolean; printBackground: boolean }): Promise<Buffer>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

const NO_CHROMIUM =
  'PDF needs Chromium, and none was found (install it, e.g. `apt-get install chromium`, or set CHROMIUM_PATH); the HTML report can be printed to PDF from any browser instead';

/**
 * A printer that lays the HTML out in headless Chromium (through playwright-core) and prints
 * it with the report's own page size; every request the page would make is refused.
 * @throws ExportError('unavailable') when Chromium or playwright-core is missing
 */
export const chromiumPdfPrinter: PdfPrinter = async (html) => {
  const executablePath = findChromium();
  if (!executablePath) throw new ExportError('unavailable', NO_CHROMIUM);
  let playwright: PlaywrightCore;
  try {
    // Loaded from node_modules at run time, never bundled (the bundler would fold a constant
    // name into a chunk of its own, which cannot find its browser files); the app runs
    // without it.
    const name = ['playwright', 'core'].join('-');
    playwright = (await import(/* @vite-ignore */ name)) as PlaywrightCore;
  } catch {
    throw new ExportError('unavailable', `${NO_CHROMIUM} (playwright-core is not installed)`);
  }
  const browser = await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => void route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
};
