import type { LabHandlers } from '../../contract/handlers';
import type { Services } from '../services';
import { answer } from './answer';

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
      answer(() => {
        runs.control(experimentId, action);
        return null;
      }),
    'runs:setLearningRate': ({ experimentId, rate }) =>
      answer(() => {
        runs.setLearningRate(experimentId, rate);
        return null;
      }),
    'runs:setPace': ({ experimentId, epochsPerSecond }) =>
      answer(() => {
        runs.setPace(experimentId, epochsPerSecond ?? null);
        return null;
      }),
    'runs:keepRunning': ({ experimentId, on }) =>
      answer(() => {
        runs.keepRunning(experimentId, on);
        return null;
      }),
    'runs:watch': ({ experimentId, perSecond, surface }) =>
      answer(() => {
        runs.watch(experimentId, { perSecond, surface });
        return null;
      }),
    'runs:resume': ({ experimentId }) =>
      answer(() => {
        runs.resume(experimentId);
        return { experimentId };
      }),
    'runs:rerun': ({ experimentId }) => answer(() => ({ experimentId: runs.rerun(experimentId) })),
  };
}
