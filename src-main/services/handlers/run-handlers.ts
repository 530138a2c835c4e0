import type { LabHandlers } from '../../contract/handlers';
import type { Services } from '../services';
import { acknowledge, answer } from './answer';

type RunHandlers = Pick<
  LabHandlers,
  | 'runs:start'
  | 'runs:control'
  | 'runs:setLearningRate'
  | 'runs:setPace'
  | 'runs:keepRunning'
  | 'runs:watch'
  | 'runs:resume'
  | 'runs:rerun'
>;

/** The `runs:*` calls: starting and steering training. */
export function runHandlers(services: Services): RunHandlers {
  const { runs } = services;
  return {
    'runs:start': (request) => answer(() => ({ experimentId: runs.start(request) })),
    'runs:control': ({ experimentId, action }) =>
      acknowledge(() => runs.control(experimentId, action)),
    'runs:setLearningRate': ({ experimentId, rate }) =>
      acknowledge(() => runs.setLearningRate(experimentId, rate)),
    'runs:setPace': ({ experimentId, epochsPerSecond }) =>
      acknowledge(() => runs.setPace(experimentId, epochsPerSecond ?? null)),
    'runs:keepRunning': ({ experimentId, on }) =>
      acknowledge(() => runs.keepRunning(experimentId, on)),
    'runs:watch': ({ experimentId, perSecond, surface }) =>
      acknowledge(() => runs.watch(experimentId, { perSecond, surface })),
    'runs:resume': ({ experimentId }) =>
      answer(() => {
        runs.resume(experimentId);
        return { experimentId };
      }),
    'runs:rerun': ({ experimentId }) => answer(() => ({ experimentId: runs.rerun(experimentId) })),
  };
}
