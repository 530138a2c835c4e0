/**
 * The words a teacher reads for a figure's controls, instead of the keys lab files use
 * ("learningRate" → "Learning rate"), in the interface's language. A key without a message is
 * spelled out from its camel case, so a new control is never shown as a bare key.
 */

/** The control keys that have a message (`labs-teacher.controls.<key>`). */
export const LABELLED_CONTROLS = [
  'activation',
  'addPoints',
  'addUnits',
  'c1',
  'c2',
  'combine',
  'function',
  'hidden',
  'K',
  'kinds',
  'learningRate',
  'm',
  'miniBatch',
  'mode',
  'patience',
  'scores',
  'seed',
  'slope',
  'threshold',
  'units',
  'weights',
] as const;

const LABELLED: ReadonlySet<string> = new Set(LABELLED_CONTROLS);

/** The label of a control key. @param t the interface's translator */
export function controlLabel(key: string, t: (key: string) => string): string {
  if (LABELLED.has(key)) return t(`labs-teacher.controls.${key}`);
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
