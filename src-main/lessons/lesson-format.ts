/**
 * The `.nnlab` lesson file: one UTF-8 JSON document (no zip), so a teacher can look inside
 * with any editor and the lab reads it with nothing but JSON.parse.
 *
 * ```json
 * {
 *   "format": "neuron-lab-lesson",
 *   "version": 1,
 *   "title": "Week 3: the perceptron",
 *   "createdAt": "2026-11-28T09:00:00.000Z",
 *   "appVersion": "0.1.0",
 *   "labs": [
 *     { "file": "my-perceptron.json", "basedOn": "perceptron", "document": { "id": "my-perceptron", "title": "…", "order": 2, … } }
 *   ],
 *   "datasets": [
 *     { "file": "xor.dataset", "name": "XOR", "source": "builtin:xor",
 *       "columns": [ … ], "task": "classification", "rowCount": 4,
 *       "split": { "train": 0.5, "validation": 0.25, "test": 0.25, "seed": 7 },
 *       "inputs": 2, "outputs": 1,
 *       "x": "<base64 of float32 little-endian, rowCount × inputs>",
 *       "y": "<base64 of float32 little-endian, rowCount × outputs>",
 *       "labels": "<base64 of int32 little-endian, rowCount> (classification, optional)",
 *       "hash": "<the store's SHA-256 content hash, checked on import>" }
 *   ],
 *   "designs": [
 *     { "file": "xor-net.design.json", "name": "XOR net", "spec": { "inputs": 2, "layers": [ … ] }, "unit": { … } }
 *   ]
 * }
 * ```
 *
 * `file` names where each part would live in a lab folder; it (and a dataset's `source`)
 * must be a plain name. Labs are the renderer's lab documents, checked generically here.
 */
import type { DatasetInput, LabDocument, UnitDesign } from '../store/records';
import type { NetworkSpec } from '../../src-engine/network/spec';

/** The `format` tag of every lesson file. */
export const LESSON_FORMAT = 'neuron-lab-lesson';
/** The version this app writes and reads. */
export const LESSON_VERSION = 1;
/** The file name extension. */
export const LESSON_EXTENSION = '.nnlab';
/** The largest lesson file the lab reads or writes: 50 MiB. */
export const MAX_LESSON_BYTES = 50 * 1024 * 1024;
/** Parts per lesson. */
export const MAX_LESSON_LABS = 200;
export const MAX_LESSON_DATASETS = 50;
export const MAX_LESSON_DESIGNS = 200;

/** A teacher's lab in a lesson. */
export interface LessonLab {
  file: string;
  basedOn: string | null;
  document: LabDocument;
}

/** A dataset in a lesson: the stored dataset's description, its arrays as base64 (see
 * array-codec.ts). */
export interface LessonDataset extends Pick<
  DatasetInput,
  'name' | 'source' | 'columns' | 'task' | 'rowCount' | 'split'
> {
  file: string;
  inputs: number;
  outputs: number;
  x: string;
  y: string;
  labels?: string;
  hash: string;
}

/** A design in a lesson. */
export interface LessonDesign {
  file: string;
  name: string;
  spec: NetworkSpec;
  unit?: UnitDesign;
}

/** A whole lesson file. */
export interface LessonFile {
  format: typeof LESSON_FORMAT;
  version: typeof LESSON_VERSION;
  title: string;
  createdAt: string;
  appVersion: string;
  labs: LessonLab[];
  datasets: LessonDataset[];
  designs: LessonDesign[];
}
