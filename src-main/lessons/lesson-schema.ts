/**
 * The structure of a lesson file as zod schemas, built from the contract's own pieces so a
 * lesson's parts obey the same limits as the calls that make them. What zod cannot see
 * (base64 arrays, lab documents, designs' engine checks) is checked in check-parts.ts.
 */
import { z } from 'zod';
import { integer, list, name, object, oneOf, split, text } from '../contract/schemas/common';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_LESSON_DATASETS,
  MAX_LESSON_DESIGNS,
  MAX_LESSON_LABS,
} from './lesson-format';
import { MAX_NAME } from './plain-name';
import { COLUMN_ROLES } from '../contract/column-role';

const file = () => text(MAX_NAME).min(1, { error: 'expected a file name' });

const column = () =>
  object({
    name: text(10_000),
    type: oneOf(['numeric', 'categorical']),
    role: oneOf(COLUMN_ROLES),
    categories: list(text(10_000), 100_000).optional(),
  });

const lessonLab = () =>
  object({
    file: file(),
    basedOn: text(100).nullable(),
    // checked as a lab document in check-parts.ts, with paths into it
    document: z.unknown(),
  });

const lessonDataset = () =>
  object({
    file: file(),
    // as long as the store's names may be (a file's name can pass 200 characters)
    name: text(1_000).trim().min(1, { error: 'expected a non-empty name' }),
    source: text(1_000),
    columns: list(column(), 100_000).min(1, { error: 'expected at least one column' }),
    task: oneOf(['classification', 'regression']),
    rowCount: integer(0, 100_000_000),
    split: split(),
    inputs: integer(1, 1_000_000),
    outputs: integer(1, 1_000_000),
    x: z.string({ error: 'expected base64 text' }),
    y: z.string({ error: 'expected base64 text' }),
    labels: z.string({ error: 'expected base64 text' }).optional(),
    hash: z
      .string({ error: 'expected a SHA-256 hash' })
      .regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash (64 hex digits)' }),
  });

const lessonDesign = () =>
  object({
    file: file(),
    name: z.unknown(),
    // checked by the contract's designs:save schema in check-parts.ts
    spec: z.unknown(),
    unit: z.unknown().optional(),
  });

/** A lesson file of the current version, its parts' structure checked. */
export const lessonSchema = () =>
  object({
    format: z.literal(LESSON_FORMAT, { error: `expected '${LESSON_FORMAT}'` }),
    version: z.literal(LESSON_VERSION, { error: `expected ${LESSON_VERSION}` }),
    title: name(),
    createdAt: text(64),
    appVersion: text(64),
    labs: list(lessonLab(), MAX_LESSON_LABS),
    datasets: list(lessonDataset(), MAX_LESSON_DATASETS),
    designs: list(lessonDesign(), MAX_LESSON_DESIGNS),
  });

export type ParsedLessonFile = z.output<ReturnType<typeof lessonSchema>>;
