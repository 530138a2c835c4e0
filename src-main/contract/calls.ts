/**
 * Every call's request schema, by name: what main validates before a handler sees a request.
 * The names come from `names.ts` (which the preload imports without zod); `satisfies` makes
 * the compiler refuse a missing or extra call.
 */
import type { z } from 'zod';
import type { CallName } from './names';
import { appCalls } from './schemas/app';
import { datasetCalls } from './schemas/datasets';
import { designCalls } from './schemas/designs';
import { experimentCalls } from './schemas/experiments';
import { exportCalls } from './schemas/export';
import { lessonCalls } from './schemas/lessons';
import { lessonDialogCalls } from './schemas/lesson-dialog';
import { runCalls } from './schemas/runs';
import { settingsCalls } from './schemas/settings';
import type { CallResponses } from './types';

export const calls = {
  ...appCalls,
  ...datasetCalls,
  ...designCalls,
  ...experimentCalls,
  ...runCalls,
  ...exportCalls,
  ...lessonCalls,
  ...lessonDialogCalls,
  ...settingsCalls,
} satisfies Record<CallName, z.ZodType>;

type Extra = Exclude<keyof typeof calls, CallName>;
export const _noExtraCalls: [Extra] extends [never] ? true : false = true;

/** What a caller sends (before defaults and trimming). */
export type CallRequest<K extends CallName> = z.input<(typeof calls)[K]>;
/** What a handler receives (validated). */
export type ValidRequest<K extends CallName> = z.output<(typeof calls)[K]>;
/** What a call answers when it succeeds. */
export type CallResponse<K extends CallName> = CallResponses[K];
