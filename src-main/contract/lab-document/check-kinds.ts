/**
 * The named checks a lab task may use: `{ kind: 'truth-table-equals', … }`. The kind picks a
 * function of the renderer's check registry (src-renderer/labs/checks/registry.ts, which must
 * have exactly these keys); the rest of the object are its parameters, which that check
 * validates itself because they only mean something to its own code.
 */
import { z } from 'zod';
import { shown, shaped } from './fields';

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

const isCheckKind = (kind: unknown): kind is CheckKindName =>
  typeof kind === 'string' && (CHECK_KIND_NAMES as readonly string[]).includes(kind);

/** `{ kind, ...params }` */
export const taskCheck = z.looseObject(
  {
    kind: shaped<CheckKindName>(isCheckKind, {
      error: (issue) =>
        `unknown check ${shown(issue.input)} (known: ${CHECK_KIND_NAMES.join(', ')})`,
    }),
  },
  { error: 'must be an object' },
);

export type TaskCheck = z.infer<typeof taskCheck>;
