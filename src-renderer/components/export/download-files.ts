import type { ExportedFile, ExportedFiles } from '../../../src-main/contract/types';

/**
 * Saves files the way a browser downloads them: a Blob, a temporary object URL and a link
 * with `download`. Works in the local host and in Electron (which shows its save dialog).
 */
export function downloadFiles(files: readonly ExportedFile[], doc: Document = document): void {
  for (const file of files) {
    // a copy: the Blob must not keep a view of a larger buffer alive
    const blob = new Blob([file.bytes.slice()], { type: file.mime });
    const url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.style.display = 'none';
    doc.body.append(link);
    link.click();
    link.remove();
    // revoked later: the download reads the URL after click() returns
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** What became of an export's files: saved where the person chose (the desktop app's
 * dialogs: `paths`), downloaded (`names`), or not saved (the dialog was cancelled). */
export type Delivery =
  | { kind: 'saved'; paths: string[] }
  | { kind: 'downloaded'; names: string[] }
  | { kind: 'cancelled' };

/** Downloads the files, unless the desktop app has already saved them (`saved`). */
export function deliverFiles(exported: ExportedFiles, doc: Document = document): Delivery {
  if (exported.saved) {
    return 'cancelled' in exported.saved
      ? { kind: 'cancelled' }
      : { kind: 'saved', paths: exported.saved.saved };
  }
  downloadFiles(exported.files, doc);
  return { kind: 'downloaded', names: exported.files.map((f) => f.fileName) };
}
