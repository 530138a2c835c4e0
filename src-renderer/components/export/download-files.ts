import type { ExportedFile } from '../../../src-main/contract/types';

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
