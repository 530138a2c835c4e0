/**
 * For every engine code, an input that makes the engine say it, through the public entry a
 * caller uses (a spec check, a model file read, weights set, a scaler read, a run's data);
 * the units a lab sets up and the generated data are in unit-error-cases.ts.
 * A scaler's problems are taken as a model file lists them (checkScaler adds its caller's label).
 * Shared by the engine's test (each carries its code and values) and the renderer's (each is
 * said in every language).
 */
import type { EngineCode } from '../../../src-engine/core/engine-codes';
import { EngineError, type EngineProblem } from '../../../src-engine/core/engine-error';
import { scalerProblem } from '../../../src-engine/data/scaling';
import { Network } from '../../../src-engine/network/network';
import { specProblems, type NetworkSpec } from '../../../src-engine/network/spec';
import { checkModelWeights } from '../../../src-engine/serialize/model-fields';
import { parseModel, serializeModel } from '../../../src-engine/serialize/model-format';
import { checkData } from '../../../src-engine/train/check-data';
import {
  assertValidConfig,
  assertValidFileConfig,
  type TrainConfig,
} from '../../../src-engine/train/config';
import { defaultTraining } from '../../../src-engine/train/default-training';
import { fit } from '../../../src-engine/train/fit';
import { assertValidCommand } from '../../../src-engine/train/run-commands';
import { Trainer } from '../../../src-engine/train/trainer';
import { UNIT_CASES } from './unit-error-cases';

const spec: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 3, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};
const network = new Network(spec, { seed: 1 });
type File = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const good = (): File => JSON.parse(serializeModel(network)) as File;
const edited = (edit: (file: File) => void): File => {
  const file = good();
  edit(file);
  return file;
};

/** The problem a call throws (an EngineError), or a failure naming what it did instead. */
function thrown(call: () => unknown): EngineProblem {
  try {
    call();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw new Error(`expected an EngineError, got ${String(error)}`);
  }
  throw new Error('expected an EngineError, nothing was thrown');
}

/** The first problem a spec check finds with these layers. */
const layerProblem = (layers: unknown[], inputs = 2): EngineProblem =>
  specProblems({ inputs, layers } as NetworkSpec)[0];

const weights = (edit: (file: File) => void) => () => checkModelWeights(edited(edit));
const data = (x: number[], y: number[], m: number) => () =>
  checkData(network, { x: Float64Array.from(x), y: Float64Array.from(y), m }, 'training');

/** How a one-weight linear network's run ended, trained on x = [1, 2], y = [0, 1]. */
function ending(config: Partial<TrainConfig>, x = [1, 2]): EngineProblem {
  const net = new Network(
    { inputs: 1, layers: [{ units: 1, activation: 'linear' }] },
    {
      seed: 1,
      dtype: 'float64',
    },
  );
  const train = { x: Float64Array.from(x), y: Float64Array.from([0, 1]), m: 2 };
  const result = fit(net, train, {
    loss: 'mse',
    optimizer: { name: 'sgd' },
    learningRate: 0.1,
    batchSize: 2,
    epochs: 50,
    shuffle: false,
    seed: 1,
    ...config,
  });
  if (!result.ending) throw new Error(`the run ended '${result.status}' without a reason`);
  return result.ending;
}

/** A run whose exponential decay (γ = 1e-200) has brought its rate to 0 after two epochs,
 * asked for a rate of 0.5. */
function rateUnreachable(): EngineProblem {
  const net = new Network({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] }, { seed: 1 });
  const trainer = new Trainer(
    net,
    { x: Float64Array.from([1, 2]), y: Float64Array.from([0, 1]), m: 2 },
    {
      loss: 'mse',
      optimizer: { name: 'sgd' },
      learningRate: 0.1,
      schedule: { kind: 'exponential', gamma: 1e-200 },
      batchSize: 2,
      epochs: 5,
      shuffle: false,
      seed: 1,
    },
  );
  while (trainer.epochsDone < 2) trainer.step();
  return thrown(() => trainer.setLearningRate(0.5));
}

const goodConfig = defaultTraining('regression', {
  inputs: 1,
  layers: [{ units: 1, activation: 'linear' }],
});
/** The problem of a config with these fields changed. */
const config = (change: Record<string, unknown>) => () =>
  assertValidConfig({ ...goodConfig, ...change } as TrainConfig);

function stopped(): EngineProblem {
  const trainer = new Trainer(
    network,
    { x: Float64Array.from([1, 2]), y: Float64Array.from([1]), m: 1 },
    {
      loss: 'mse',
      optimizer: { name: 'sgd' },
      learningRate: 0.1,
      batchSize: 1,
      epochs: 5,
      shuffle: false,
      seed: 1,
    },
  );
  trainer.step();
  trainer.stop();
  return trainer.result().ending!;
}

export const CASES: Array<[EngineCode, () => EngineProblem]> = [
  ['spec.inputs', () => layerProblem([{ units: 1, activation: 'linear' }], 0)],
  ['spec.noLayers', () => layerProblem([])],
  ['spec.layerNotObject', () => layerProblem([null])],
  ['spec.units', () => layerProblem([{ units: 0, activation: 'linear' }])],
  ['spec.activationMissing', () => layerProblem([{ units: 1 }])],
  ['spec.activationUnknown', () => layerProblem([{ units: 1, activation: 'swish' }])],
  [
    'spec.softmaxNotOutput',
    () =>
      layerProblem([
        { units: 2, activation: 'softmax' },
        { units: 1, activation: 'linear' },
      ]),
  ],
  ['spec.softmaxUnits', () => layerProblem([{ units: 1, activation: 'softmax' }])],
  [
    'spec.activationParam',
    () => layerProblem([{ units: 1, activation: 'elu', activationParam: Infinity }]),
  ],
  [
    'spec.uniformScale',
    () => layerProblem([{ units: 1, activation: 'linear', init: { kind: 'uniform', scale: 0 } }]),
  ],
  [
    'spec.invalid',
    () =>
      thrown(() => new Network({ inputs: 0, layers: [{ units: 1, activation: 'x' }] } as never)),
  ],
  ['model.notJson', () => thrown(() => parseModel('{oops'))],
  ['model.notModel', () => thrown(() => parseModel({ format: 'keras' }))],
  ['model.version', () => thrown(() => parseModel(edited((f) => (f.version = 99))))],
  ['model.specMissing', () => thrown(() => parseModel(edited((f) => delete f.spec)))],
  [
    'model.spec',
    () =>
      thrown(() =>
        parseModel(
          edited((f) => {
            f.spec.layers[0].activation = 'softmax';
            f.spec.layers[1].units = 0;
          }),
        ),
      ),
  ],
  ['model.dtype', () => thrown(() => parseModel(edited((f) => (f.dtype = 'float16'))))],
  ['model.weightsMissing', () => thrown(() => parseModel(edited((f) => (f.weights = {}))))],
  ['model.weights', () => thrown(() => parseModel(edited((f) => f.weights.b[1].pop())))],
  [
    'model.normalization',
    () =>
      thrown(() =>
        parseModel(
          edited((f) => (f.normalization = { kind: 'standard', mean: [0, 0], std: [1, 0] })),
        ),
      ),
  ],
  [
    'model.normalizationColumns',
    () =>
      thrown(() =>
        parseModel(edited((f) => (f.normalization = { kind: 'standard', mean: [0], std: [1] }))),
      ),
  ],
  ['model.notObject', () => thrown(() => checkModelWeights([1, 2]))],
  ['model.matrices', () => thrown(weights((f) => (f.weights.W = 5)))],
  ['model.biasLists', () => thrown(weights((f) => (f.weights.b = 'b')))],
  ['model.matrixCount', () => thrown(weights((f) => f.weights.W.pop()))],
  ['model.biasListCount', () => thrown(weights((f) => f.weights.b.pop()))],
  ['model.rows', () => thrown(weights((f) => f.weights.W[1].pop()))],
  ['model.numbers', () => thrown(weights((f) => (f.weights.W[0][2] = { x: 1 })))],
  ['model.numberCount', () => thrown(weights((f) => f.weights.W[0][2].pop()))],
  ['model.number', () => thrown(weights((f) => (f.weights.b[0][1] = null)))],
  ['weights.layers', () => thrown(() => network.setWeights({ W: [], b: [] }))],
  [
    'weights.shape',
    () => thrown(() => network.setWeights(edited((f) => f.weights.W[0].pop()).weights)),
  ],
  [
    'weights.biases',
    () => thrown(() => network.setWeights(edited((f) => f.weights.b[0].pop()).weights)),
  ],
  [
    'weights.value',
    () => thrown(() => network.setWeights(edited((f) => (f.weights.W[1][0][2] = NaN)).weights)),
  ],
  ['scaler.notObject', () => scalerProblem(undefined)!],
  ['scaler.kind', () => scalerProblem({ kind: 'robust' })!],
  ['scaler.numbers', () => scalerProblem({ kind: 'min-max', min: [], max: [1] })!],
  ['scaler.lengths', () => scalerProblem({ kind: 'min-max', min: [0], max: [1, 2] })!],
  ['scaler.std', () => scalerProblem({ kind: 'standard', mean: [0], std: [-1] })!],
  ['scaler.max', () => scalerProblem({ kind: 'min-max', min: [2], max: [1] })!],
  ['data.noSamples', () => thrown(data([], [], 0))],
  ['data.xShape', () => thrown(data([1, 2, 3], [1], 1))],
  ['data.yShape', () => thrown(data([1, 2], [1, 0], 1))],
  ['data.input', () => thrown(data([1, 2, 3, NaN], [1, 0], 2))],
  ['data.target', () => thrown(data([1, 2, 3, 4], [1, Infinity], 2))],
  ['config.loss', () => thrown(config({ loss: 'hinge' }))],
  ['config.learningRate', () => thrown(config({ learningRate: 0 }))],
  ['config.batchSize', () => thrown(config({ batchSize: 2.5 }))],
  ['config.epochs', () => thrown(config({ epochs: 0 }))],
  ['config.seed', () => thrown(config({ seed: '7' }))],
  ['config.patience', () => thrown(config({ earlyStopping: { patience: 0 } }))],
  ['config.optimizer', () => thrown(config({ optimizer: { name: 'rmsprop' } }))],
  ['config.optimizerField', () => thrown(config({ optimizer: { name: 'sgd', momentum: 1 } }))],
  ['config.schedule', () => thrown(config({ schedule: { kind: 'cosine' } }))],
  [
    'config.schedulePositive',
    () => thrown(config({ schedule: { kind: 'inverse', c1: 1, c2: -1 } })),
  ],
  ['config.scheduleGamma', () => thrown(config({ schedule: { kind: 'exponential', gamma: 2 } }))],
  [
    'config.scheduleEvery',
    () => thrown(config({ schedule: { kind: 'step', gamma: 0.5, every: 0 } })),
  ],
  [
    'model.training',
    () => thrown(() => assertValidFileConfig({ ...goodConfig, learningRate: -1 })),
  ],
  [
    'command.learningRate',
    () => thrown(() => assertValidCommand({ type: 'set-rate', learningRate: -0.5 })),
  ],
  ['command.pace', () => thrown(() => assertValidCommand({ type: 'pace', epochsPerSecond: 1e6 }))],
  ['command.rateUnreachable', rateUnreachable],
  ['run.stopped', stopped],
  // one update from x = 1e20 with a huge rate: the loss was finite, the weights are not
  ['run.weightsInfinite', () => ending({ learningRate: 1e300, epochs: 1 }, [1e20, 1e20])],
  ['run.lossNotFinite', () => ending({ learningRate: 1e300, epochs: 5 }, [1e20, 1e20])],
  // no epoch improves by a million: early stopping after the first epoch without improvement
  [
    'run.earlyStopped',
    () => ending({ earlyStopping: { patience: 1, minDelta: 1e6, restoreBest: false } }),
  ],
  ['run.earlyStoppedRestored', () => ending({ earlyStopping: { patience: 2, minDelta: 1e6 } })],
  ...UNIT_CASES,
];
