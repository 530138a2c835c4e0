/**
 * Every message id a StoreError carries (its detail's key is 'store.' and the name here) and
 * the values each names, so the renderer can say the store's refusals in the reader's language
 * (message area `errors.store`) while main keeps its English for the CLI and the logs. A test
 * walks this list, so an id added here without a message in each language fails it.
 */
import type { ErrorDetail } from '../contract/result';

export const STORE_MESSAGES = {
  'notFound.dataset': ['id'],
  'notFound.design': ['id'],
  'notFound.experiment': ['id'],
  'notFound.userLab': ['id'],
  'notFound.lab': ['id'],
  'needsName.dataset': [],
  'needsName.design': [],
  'nameTaken.design': ['name'],
  labIdTaken: ['id'],
  datasetInUse: ['id'],
  rowCount: ['name'],
  rowsMismatch: ['name', 'x', 'y', 'rows'],
  labelsMismatch: ['name', 'labels', 'rows'],
  notARunStatus: ['status'],
  datasetHashMismatch: ['id'],
  datasetFixed: ['id'],
  emptyTag: [],
  newerDatabase: ['found', 'supported'],
  newerDatabaseFile: ['file', 'found', 'supported'],
  cannotOpen: ['file', 'why'],
  fileReadOnly: ['file', 'code'],
  folderReadOnly: ['file', 'folder', 'code'],
  cannotLook: ['file', 'why'],
  danglingLink: ['file', 'target'],
  'notDatabase.folder': ['file'],
  'notDatabase.pipe': ['file'],
  'notDatabase.socket': ['file'],
  'notDatabase.device': ['file'],
  'notDatabase.other': ['file'],
  dataFolder: ['why'],
  backupOntoItself: ['file'],
  backupFailed: ['file', 'why'],
  backupIntegrity: ['why'],
  'fault.full': ['disk'],
  'fault.readOnly': ['file'],
  'fault.io': ['file'],
  'fault.cantOpen': ['file'],
  'fault.locked': ['file'],
} as const satisfies Record<string, readonly string[]>;

export type StoreMessageId = keyof typeof STORE_MESSAGES;

/** The values message `id` names, each as text or a number. */
export type StoreParams<Id extends StoreMessageId> = Record<
  (typeof STORE_MESSAGES)[Id][number],
  string | number
>;

/** A StoreError's detail: message `id` and its values. */
export function storeDetail<Id extends StoreMessageId>(
  id: Id,
  params: StoreParams<Id>,
): ErrorDetail {
  return { key: `store.${id}`, params };
}

/** What a record is called in main's English, and its 'not found' message. */
const NOT_FOUND = {
  dataset: 'notFound.dataset',
  design: 'notFound.design',
  experiment: 'notFound.experiment',
  'user lab': 'notFound.userLab',
  lab: 'notFound.lab',
} as const;

export type RecordKind = keyof typeof NOT_FOUND;

/** The detail of "dataset 3 does not exist" (or "no dataset 3"); `id` may list several. */
export function notFoundDetail(kind: RecordKind, id: number | string): ErrorDetail {
  return storeDetail(NOT_FOUND[kind], { id });
}
