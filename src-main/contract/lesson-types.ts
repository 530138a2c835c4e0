/**
 * What the lesson calls (lessons:inspect, lessons:import, progress reports) answer: plain
 * types at the contract's level, so that the contract does not depend on the lesson services.
 */
import type { Language } from './settings-types';

export type LessonPartKind = 'lab' | 'dataset' | 'design';

/** One part of a lesson and how it meets the store. */
export interface LessonPart {
  kind: LessonPartKind;
  /** its file name inside the lesson */
  file: string;
  /** a lab's title, a dataset's or design's name */
  name: string;
  /** what it is known by in the store: a lab's id, a dataset's or design's name */
  key: string;
  /** new: added; same: identical content already stored (left as it is); conflict: the key
   * is taken by something else */
  status: 'new' | 'same' | 'conflict';
  /** the stored lab, dataset or design it matches or conflicts with */
  existingId?: number;
  /** a few words on what it holds ("4 rows, 2 inputs, classification"), in English */
  detail: string;
  /** the same as an id and values, for the reader's language */
  about: PartAbout;
}

/**
 * What a part holds as a message id and its values: a lab's activities (and the built-in lab
 * it was made from), a dataset's rows, inputs and task, a design's single unit or network.
 */
export type PartAbout =
  | { key: 'lab'; params: { activities: number } }
  | { key: 'labBasedOn'; params: { activities: number; basedOn: string } }
  | {
      key: 'dataset';
      params: { rows: number; inputs: number; task: 'classification' | 'regression' };
    }
  | { key: 'unit'; params: { model: string } }
  | { key: 'network'; params: { architecture: string } };

/** A part that would replace something (or be renamed), and why. */
export interface LessonConflict {
  kind: LessonPartKind;
  file: string;
  key: string;
  /** what people read: a lab's title, a dataset's or design's name */
  name: string;
  existingId: number;
  message: string;
}

/** Every part of a lesson and its conflicts. */
export interface LessonPlan {
  labs: LessonPart[];
  datasets: LessonPart[];
  designs: LessonPart[];
  conflicts: LessonConflict[];
}

/** One part as it went in. */
export interface ImportedPart {
  kind: LessonPartKind;
  file: string;
  /** the stored lab's, dataset's or design's id */
  id: number;
  /** its name in the store (a lab: its id), renamed for 'keep-both' */
  name: string;
  /** what people read: a lab's title (numbered for 'keep-both'), else the name */
  title: string;
  action: 'created' | 'replaced' | 'kept-both' | 'unchanged';
}

/** What an import did, or (applied: false) why it did nothing. */
export interface LessonImportResult {
  title: string;
  /** false when conflicts were found with 'ask': nothing was changed */
  applied: boolean;
  conflicts: LessonConflict[];
  labs: ImportedPart[];
  datasets: ImportedPart[];
  designs: ImportedPart[];
}

/** A lesson file described: its parts, each new, already there or in conflict. */
export interface LessonInspection extends LessonPlan {
  fileName: string;
  title: string;
  /** the lesson file format version */
  version: number;
  /** when and by which version of the app it was written (as the file says) */
  createdAt: string;
  appVersion: string;
}

/** The report in both forms. */
export interface ProgressReport {
  /** the day it was made, YYYY-MM-DD */
  date: string;
  /** the language its own words are written in ('en' when the request named none) */
  language: Language;
  /** tasks done and tasks in the listed labs */
  done: number;
  total: number;
  markdown: string;
  html: string;
}
