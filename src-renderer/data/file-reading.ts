/** Taking a file from a picker or a drop: which files, how big, and reading it as bytes. */
import { i18n } from '../i18n';
import { formatFixed } from '../i18n/format';

/** The largest file the lab imports: the importer's limit, sent in chunks (MAX_UPLOAD_BYTES of
 * the contract's dataset schemas; the renderer imports no values from there). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The file types the importer reads. */
export const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.json', '.xlsx', '.arff'] as const;

/** What the file input's `accept` attribute lists. */
export const ACCEPT_ATTRIBUTE = [
  ...ACCEPTED_EXTENSIONS,
  'text/csv',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** A size for people: `812 bytes`, `3.4 KB`, `51.2 MB` (binary multiples, as file managers do). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return i18n.global.t('data.fileProblem.bytes', bytes);
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatFixed(value, value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Why a file cannot be imported, before reading it: too large, empty, or of a kind the
 * importer does not read. null when it may be tried.
 */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_FILE_BYTES) {
    return i18n.global.t('data.fileProblem.tooBig', {
      name: file.name,
      size: formatBytes(file.size),
      bytes: i18n.global.n(file.size),
      max: formatBytes(MAX_FILE_BYTES),
      maxBytes: i18n.global.n(MAX_FILE_BYTES),
    });
  }
  if (file.size === 0) return i18n.global.t('data.fileProblem.empty', { name: file.name });
  const lower = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return i18n.global.t('data.fileProblem.notReadable', {
      name: file.name,
      extensions: ACCEPTED_EXTENSIONS.join(', '),
    });
  }
  return null;
}

/** Whether a drag carries files (not text or a link dragged from the page). */
export function dragHasFiles(transfer: DataTransfer | null): boolean {
  return !!transfer && Array.from(transfer.types).includes('Files');
}

/** The first file of a drop, or null. */
export function firstFile(transfer: DataTransfer | null): File | null {
  return transfer?.files?.[0] ?? null;
}

/** Whole percent done, 0–100 (100 when the total is unknown or zero and something was read). */
export function percentDone(bytes: number, total: number): number {
  if (!(total > 0)) return bytes > 0 ? 100 : 0;
  return Math.max(0, Math.min(100, Math.floor((bytes / total) * 100)));
}

let requests = 0;

/** A fresh id naming one preview or import's progress events. */
export function newRequestId(): string {
  requests++;
  return `data-${Date.now().toString(36)}-${requests}`;
}
