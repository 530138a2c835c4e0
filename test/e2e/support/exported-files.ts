// An export's files as a test reads them, whichever host made them: the local host answers
// with the bytes (the page downloads them); the desktop app saves them itself through native
// dialogs (src-main/electron/save-dialogs.ts), which the test answers with a fresh folder of
// its own before reading back what was written there. Both for calls a test makes and for a
// button a person presses.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Locator, Page } from '@playwright/test';
import { expect } from './lab-test';
import { call } from './lab-socket';

/** One exported file: its name and its bytes. */
export interface ReadFile {
  fileName: string;
  bytes: Buffer;
}

type Answer = {
  files: Array<{ fileName: string; bytes: { $u8: string } }>;
  saved?: { saved: string[] } | { cancelled: true };
};

/** Makes the desktop app's save and folder dialogs answer `folder` (the person's choice). */
async function answerDialogsWith(app: ElectronApplication, folder: string): Promise<void> {
  await app.evaluate(({ dialog }, folder) => {
    const join = (name: string) => `${folder}/${name.split(/[\\/]/).pop()}`;
    Object.assign(dialog, {
      showSaveDialog: async (...args: unknown[]) => {
        const options = args.at(-1) as { defaultPath?: string };
        return { canceled: false, filePath: join(options.defaultPath ?? 'export') };
      },
      showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }),
    });
  }, folder);
}

/**
 * Runs an export call and returns its files.
 * @param app the desktop app when the test runs in it (the fixture's `electronApp`)
 */
export async function exportedFiles(
  page: Page,
  app: ElectronApplication | undefined,
  name: string,
  request: unknown,
): Promise<ReadFile[]> {
  if (!app) {
    const answer = await call<Answer>(page, name, request);
    return answer.files.map((f) => ({
      fileName: f.fileName,
      bytes: Buffer.from(f.bytes.$u8, 'base64'),
    }));
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-export-'));
  await answerDialogsWith(app, folder);
  const answer = await call<Answer>(page, name, request);
  if (!answer.saved || !('saved' in answer.saved)) {
    throw new Error(`${name}: the desktop app saved nothing (${JSON.stringify(answer.saved)})`);
  }
  return answer.saved.saved.map((file) => ({
    fileName: path.basename(file),
    bytes: readFileSync(file),
  }));
}

/**
 * Presses a button that saves one file and returns that file: the download it starts, or in
 * the desktop app the file written where the (answered) save dialog said, once the page says
 * it was saved (`said`: where it says so).
 */
export async function savedByButton(
  page: Page,
  app: ElectronApplication | undefined,
  button: Locator,
  said: Locator,
): Promise<ReadFile> {
  if (!app) {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { fileName: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'neuron-lab-e2e-save-'));
  await answerDialogsWith(app, folder);
  await button.click();
  await expect(said).toContainText(folder);
  const text = (await said.textContent()) ?? '';
  const file = text.slice(text.indexOf(folder)).replace(/\.$/, '');
  return { fileName: path.basename(file), bytes: readFileSync(file) };
}
