/** The checks a lab's task may name: their parameters' schemas (check-params.ts) and the
 * check objects (check-kinds.ts) are keyed by these. */
export const CHECK_KIND_NAMES = [
  'truth-table-equals',
  'perceptron-separates',
  'adaline-least-squares',
  'madaline-classifies',
  'perceptron-never-settles',
  'network-classifies',
  'activation-derivative',
  'softmax-equals',
  'descent-reaches',
  'gradient-equals',
  'descent-ends-near',
  'neuron-loss-below',
  'neuron-gradient-equals',
  'schedule-beats-constant',
  'updates-count',
  'region-separates',
  'region-accuracy',
  'topology-lowest-validation',
  'early-stop-predicted',
  'update-predicted',
  'saddle-located',
  'neuron-rate-chosen',
  'gradient-ratio',
  'activations-chosen',
  'firing-predicted',
  'timeline-matched',
  'batch-loss-predicted',
  'delta-predicted',
] as const;

export type CheckKindName = (typeof CHECK_KIND_NAMES)[number];
