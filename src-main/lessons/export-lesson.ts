/**
 * Writes a lesson file from stored labs, datasets and designs (see lesson-format.ts).
 */
import type { ExportedFile } from '../contract/types';
import type { DatasetRecord } from '../store/records';
import type { Store } from '../store/store';
import { StoreError } from '../store/store-error';
import { encodeArray } from './array-codec';
import { LessonError, mebibytes } from './lesson-error';
import {
  LESSON_EXTENSION,
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_LESSON_BYTES,
  type LessonDataset,
  type LessonFile,
} from './lesson-format';
import { slugOf } from './plain-name';
import { notFoundDetail, type RecordKind } from '../store/store-messages';

/** What goes into a lesson: user labs, datasets and designs by their store ids. */
export interface LessonExportRequest {
  title: string;
  labIds: readonly number[];
  datasetIds: readonly number[];
  designIds: readonly number[];
}

/** The media type of a lesson file (JSON inside). */
export const LESSON_MIME = 'application/vnd.neuron-lab.lesson+json';

/**
 * Builds a lesson file.
 * @param options the app's version (written into the file) and the clock
 * @returns `<title>.nnlab` and its bytes (UTF-8 JSON)
 * @throws StoreError('not-found') naming a lab, dataset or design that does not exist;
 *   LessonError('too-large') when the file would be larger than a lesson may be
 */
export function exportLesson(
  store: Store,
  request: LessonExportRequest,
  options: { appVersion: string; now?: () => number; maxBytes?: number },
): ExportedFile {
  const files = new Set<string>();
  const fileFor = (name: string, fallback: string, extension: string) => {
    const base = slugOf(name, fallback);
    let file = `${base}${extension}`;
    for (let n = 2; files.has(file); n++) file = `${base}-${n}${extension}`;
    files.add(file);
    return file;
  };
  const lesson: LessonFile = {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: request.title,
    createdAt: new Date((options.now ?? Date.now)()).toISOString(),
    appVersion: options.appVersion,
    labs: picked(request.labIds, 'lab', (id) => store.userLabs.get(id)).map((lab) => ({
      file: fileFor(lab.labId, 'lab', '.json'),
      basedOn: lab.basedOn,
      document: lab.document,
    })),
    datasets: picked(request.datasetIds, 'dataset', (id) => store.datasets.get(id)).map((dataset) =>
      lessonDataset(dataset, fileFor(dataset.name, 'dataset', '.dataset')),
    ),
    designs: picked(request.designIds, 'design', (id) => store.designs.get(id)).map((design) => ({
      file: fileFor(design.name, 'design', '.design.json'),
      name: design.name,
      spec: design.spec,
      ...(design.unit ? { unit: design.unit } : {}),
    })),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(lesson, null, 1));
  const maxBytes = options.maxBytes ?? MAX_LESSON_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new LessonError(
      'too-large',
      `the lesson would be ${mebibytes(bytes.byteLength)}; a lesson file may be at most ${mebibytes(maxBytes)} — leave out a large dataset`,
      { key: 'lesson.exportTooLarge', params: { size: bytes.byteLength, max: maxBytes } },
    );
  }
  return {
    fileName: `${slugOf(request.title, 'lesson')}${LESSON_EXTENSION}`,
    mime: LESSON_MIME,
    bytes,
  };
}

function lessonDataset(dataset: DatasetRecord, file: string): LessonDataset {
  const m = dataset.rowCount;
  const inputColumns = dataset.columns.filter((c) => c.role === 'input').length;
  const targetColumns = dataset.columns.filter((c) => c.role === 'target').length;
  return {
    file,
    name: dataset.name,
    // Only the file's own name: the teacher's folders are nobody's business.
    source: dataset.source.startsWith('builtin:')
      ? dataset.source
      : (dataset.source.split(/[\\/]/).pop() ?? '') || 'imported',
    columns: dataset.columns,
    task: dataset.task,
    rowCount: m,
    split: dataset.split,
    inputs: m ? dataset.x.length / m : Math.max(1, inputColumns),
    outputs: m ? dataset.y.length / m : Math.max(1, targetColumns),
    x: encodeArray(dataset.x),
    y: encodeArray(dataset.y),
    ...(dataset.labels ? { labels: encodeArray(dataset.labels) } : {}),
    hash: dataset.hash,
  };
}

function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}

/**
 * The records asked for, each once, in the order first asked.
 * @throws StoreError('not-found') naming the first that does not exist (`lab 3 does not exist`)
 */
function picked<T>(
  ids: readonly number[],
  kind: RecordKind,
  get: (id: number) => T | undefined,
): T[] {
  return unique(ids).map((id) => {
    const record = get(id);
    if (!record)
      throw new StoreError('not-found', `${kind} ${id} does not exist`, notFoundDetail(kind, id));
    return record;
  });
}
