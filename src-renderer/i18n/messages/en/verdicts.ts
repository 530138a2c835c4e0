/**
 * What a lab's check tells the student: the verdict's reason, in English (see
 * labs/checks/check-result.ts `say`). The checks' own messages sit in ./verdicts/ by theme,
 * to keep each file short; a sub-folder is not an area of its own.
 */
import descentAndGradients from './verdicts/descent-and-gradients';
import unitsAndRegions from './verdicts/units-and-regions';

export default {
  decimalSign: '.',
  /** between numbers listed in one sentence */
  listSeparator: ', ',
  /** between two names: "unit A and B" */
  and: ' and ',
  /** an answer box's text that is not a number (labs/parse-number.ts) */
  number: {
    invalid: '“{text}” is not a number.',
    tooLarge: 'That number is too large.',
  },
  unknownCheck: "This task uses an unknown check '{kind}'.",
  couldNotRun: 'The check could not run: {why}',
  ...unitsAndRegions,
  ...descentAndGradients,
};
