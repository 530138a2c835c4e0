import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../export/report/pdf-printer';

const PARTITION = 'neuron-lab-report-pdf';

/**
 * The Electron host's PDF printer: the report is laid out in a hidden, sandboxed window
 * without JavaScript, in a session of its own that refuses every request but the report's own
 * data URL, and printed with `webContents.printToPDF` at the report's page size (A4).
 */
export const electronPdfPrinter: PdfPrinter = async (html) => {
  const reportSession = session.fromPartition(PARTITION);
  reportSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !details.url.startsWith('data:') }),
  );
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: reportSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    },
  });
  try {
    await window.loadURL(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
    );
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
  }
};
