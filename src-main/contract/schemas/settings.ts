/**
 * The settings a person chooses (stored in the data folder's settings.json) and the request
 * schemas of the `settings:*` calls. The field schemas are the ones the settings file is read
 * with too, so a value the window may not send is never accepted from the file either.
 */
import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { empty, integer } from './common';
import { worded } from './request-words';

export { LANGUAGES };
export const THEMES = ['light', 'dark', 'system'] as const;
/** Most runs trained at once a person may ask for (each is a process with its own memory). */
export const MAX_PARALLEL_RUNS = 32;

/** "expected one of en, es", as the settings file's messages have always written it. */
const oneOfWords = (values: readonly string[]) =>
  worded(`expected one of ${values.join(', ')}`, 'oneOf', { values: values.join(', ') });

/** Each setting's schema, by field: validated one by one, so one bad field resets only itself. */
export const settingFields = {
  language: z.enum(LANGUAGES, { error: oneOfWords(LANGUAGES) }),
  theme: z.enum(THEMES, { error: oneOfWords(THEMES) }),
  /** 'auto': as many as the computer has cores */
  parallelRuns: z.union([z.literal('auto'), integer(1, MAX_PARALLEL_RUNS)], {
    error: worded(
      `expected "auto" or a whole number from 1 to ${MAX_PARALLEL_RUNS}`,
      'autoOrWholeFrom',
      { min: 1, max: MAX_PARALLEL_RUNS },
    ),
  }),
  /** where the database lives (Electron only); null: the app's own folder */
  dataFolder: z
    .string({ error: worded('expected a folder path', 'folderPath') })
    .max(4096, {
      error: worded('expected a folder path of at most 4,096 characters', 'folderPathUpTo', {
        limit: 4096,
      }),
    })
    .nullable(),
};

export const settingsCalls = {
  'settings:get': empty(),
  'settings:set': z.strictObject({
    language: settingFields.language.optional(),
    theme: settingFields.theme.optional(),
    parallelRuns: settingFields.parallelRuns.optional(),
    /** the app's own folder (SettingsState.dataFolder.own) to go back to it */
    dataFolder: settingFields.dataFolder
      .unwrap()
      .min(1, { error: worded('expected a folder path', 'folderPath') })
      .optional(),
  }),
};
