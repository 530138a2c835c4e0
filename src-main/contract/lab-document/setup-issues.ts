/**
 * The ids of the problems a figure's setup, a check's parameters or an "open in" setup name in
 * words of their own ("must be [w0, w1, w2], finite numbers"). Each refinement keeps its English
 * message for the command line and puts its id and values in the issue's `params`, so that
 * issue-detail.ts hands the renderer the id and the renderer says it in the reader's language
 * (area `lessons`, `problem.<id>`, in messages/<locale>/lessons/setup-problems.ts).
 */

export const SETUP_ISSUE_IDS = [
  // number lists and points of a figure's setup (fields.ts numbers/pair/labelled)
  'weights3',
  'weights2',
  'pointXT',
  'xRange',
  'lowHigh',
  'pairAB',
  'rates',
  'pointX1X2T',
  'targetIs',
  'targetFraction',
  'zeroOrOne',
  'pointInPlane',
  'differentX',
  // datasets and networks of a figure
  'generator',
  'unknownGenerator',
  'network',
  'engine',
  'networkFits',
  'tooManySamples',
  'tooManyPointsInstant',
  'tooManyPointsApp',
  'pointsShortRuns',
  'pointsInApp',
  'twoClasses2d',
  'regressionData',
  'hiddenSizes',
  'split3',
  'split2',
  // limits one field sets for another
  'atMostField',
  'atMostSamples',
  'miniBatch',
  'planM',
  'planK',
  'planKm',
  'activationSelected',
  // step units of the regions lab
  'units',
  'unitBad',
  // the backpropagation figures
  'aNumber',
  'unknownName',
  'askNodes',
  'scoreRows',
  'labelsPerRow',
  'example',
  'classIndex',
  'batchAsk',
  'deltaX',
  'deltaW',
  'deltaB',
  'deltaAsk',
  // "open in Design / Train" and questions
  'rowLength',
  'splitAdds',
  'trainingNeeded',
  'usedTwice',
  // a task's check parameters
  'truthOutputs',
  'unitIds',
  'betweenZeroTen',
  'fourOutputs',
  'activationName',
  'probabilities',
  'pointX1X2',
  'fractionOpen',
  'ratioFour',
  'acceptLists',
  'answerLists',
  'deltaUnits',
  'oneOfBelow',
  'xTolerance',
  'fixedPerScore',
  'nodesToPredict',
  'smallestHidden',
] as const;
export type SetupIssueId = (typeof SETUP_ISSUE_IDS)[number];

/** The values a problem's message names (plain, so they cross to the renderer). */
export type IssueValues = Record<string, string | number>;

/** A custom issue's English message and its id with values, to spread into ctx.addIssue. */
export interface Said {
  message: string;
  params: { id: SetupIssueId } & IssueValues;
}

/** A problem said in English and named by `id` with `values`. */
export const said = (id: SetupIssueId, message: string, values: IssueValues = {}): Said => ({
  message,
  params: { ...values, id },
});
