/**
 * The words a teacher reads for a figure's controls, instead of the keys lab files use
 * ("learningRate" → "Learning rate"). A key without an entry is spelled out from its camel
 * case, so a new control is never shown as a bare key.
 */
const LABELS: Record<string, string> = {
  activation: 'Activation function',
  addPoints: 'Adding points',
  addUnits: 'Adding units',
  c1: 'Schedule constant c₁',
  c2: 'Schedule constant c₂',
  combine: 'How units combine',
  function: 'Activation function',
  hidden: 'Hidden units',
  K: 'Batch size K',
  kinds: 'Unit kinds (excitatory / inhibitory)',
  learningRate: 'Learning rate',
  m: 'Number of samples m',
  miniBatch: 'Mini-batch size',
  mode: 'Mode',
  patience: 'Patience (early stopping)',
  scores: 'Scores',
  seed: 'Random seed',
  slope: 'Slope',
  threshold: 'Threshold',
  units: 'Units',
  weights: 'Weights',
};

/** The label of a control key. */
export function controlLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
