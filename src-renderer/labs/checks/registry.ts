/**
 * The named checks a lab task may use. A lab file says `{ kind: 'truth-table-equals', … }`;
 * the kind picks a function here, the rest are its parameters. Never code in the data.
 */
import { activationDerivative } from './activation-derivative';
import { adalineLeastSquares } from './adaline-least-squares';
import type { CheckKindName } from '../../../src-main/contract/lab-document/check-kind-names';
import { say, type CheckKind, type CheckResult } from './check-result';

export type { CheckKindName };
import { descentEndsNear } from './descent-ends-near';
import { descentReaches } from './descent-reaches';
import { gradientEquals } from './gradient-equals';
import { madalineClassifies } from './madaline-classifies';
import { networkClassifies } from './network-classifies';
import { perceptronNeverSettles } from './perceptron-never-settles';
import { perceptronSeparates } from './perceptron-separates';
import { softmaxEquals } from './softmax-equals';
import { truthTableEquals } from './truth-table-equals';
import { neuronGradientEquals } from './neuron-gradient-equals';
import { neuronLossBelow } from './neuron-loss-below';
import { scheduleBeatsConstant } from './schedule-beats-constant';
import { updatesCount } from './updates-count';
import { regionAccuracy } from './region-accuracy';
import { regionSeparates } from './region-separates';
import { topologyLowestValidation } from './topology-lowest-validation';
import { earlyStopPredicted } from './early-stop-predicted';
import { updatePredicted } from './update-predicted';
import { saddleLocated } from './saddle-located';
import { neuronRateChosen } from './neuron-rate-chosen';
import { gradientRatio } from './gradient-ratio';
import { activationsChosen } from './activations-chosen';
import { firingPredicted } from './firing-predicted';
import { timelineMatched } from './timeline-matched';
import { batchLossPredicted } from './batch-loss-predicted';
import { deltaPredicted } from './delta-predicted';
import { thrownText } from '../../i18n/engine-text';

export const CHECK_KINDS = {
  'truth-table-equals': truthTableEquals,
  'perceptron-separates': perceptronSeparates,
  'adaline-least-squares': adalineLeastSquares,
  'madaline-classifies': madalineClassifies,
  'perceptron-never-settles': perceptronNeverSettles,
  'network-classifies': networkClassifies,
  'activation-derivative': activationDerivative,
  'softmax-equals': softmaxEquals,
  'descent-reaches': descentReaches,
  'gradient-equals': gradientEquals,
  'descent-ends-near': descentEndsNear,
  'neuron-loss-below': neuronLossBelow,
  'neuron-gradient-equals': neuronGradientEquals,
  'schedule-beats-constant': scheduleBeatsConstant,
  'updates-count': updatesCount,
  'region-separates': regionSeparates,
  'region-accuracy': regionAccuracy,
  'topology-lowest-validation': topologyLowestValidation,
  'early-stop-predicted': earlyStopPredicted,
  'update-predicted': updatePredicted,
  'saddle-located': saddleLocated,
  'neuron-rate-chosen': neuronRateChosen,
  'gradient-ratio': gradientRatio,
  'activations-chosen': activationsChosen,
  'firing-predicted': firingPredicted,
  'timeline-matched': timelineMatched,
  'batch-loss-predicted': batchLossPredicted,
  'delta-predicted': deltaPredicted,
} satisfies Record<CheckKindName, CheckKind<never>>;

/**
 * Runs a task's check on the student's answer.
 * @param check `{ kind, ...params }` from a validated lab file
 */
export function runCheck(
  check: { kind: string } & Record<string, unknown>,
  answer: unknown,
): CheckResult {
  const kind = (CHECK_KINDS as Record<string, CheckKind<unknown>>)[check.kind];
  if (!kind) return { passed: false, message: say('unknownCheck', { kind: check.kind }) };
  try {
    return kind.run(check, answer);
  } catch (error) {
    return { passed: false, message: say('couldNotRun', { why: thrownText(error) }) };
  }
}
