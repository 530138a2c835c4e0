// The engine's public surface: what the trainer process, main and the renderer import.
export type { DType, FloatArray } from './core/float-array';
export { allocate, toFloatArray } from './core/float-array';
export { Rng } from './random/rng';

export type { Activation, ActivationName } from './activations/activation';
export { ACTIVATION_NAMES } from './activations/activation';
export { getActivation, isActivationName, isDifferentiable } from './activations/registry';
export { softmax } from './activations/softmax';
export type { Loss, LossName } from './losses/loss';
export { LOSS_NAMES } from './losses/loss';
export { getLoss, isLossName } from './losses/registry';

export type { InitSpec, LayerSpec, NetworkSpec } from './network/spec';
export { validateSpec, layerSizes } from './network/spec';
export type { Weights, NetworkOptions } from './network/network';
export { Network } from './network/network';
export type { OptimizerSpec, OptimizerState } from './optim/optimizer';
export type { ScheduleSpec } from './optim/schedule';
export { learningRateAt } from './optim/schedule';

export type { TrainConfig, TrainingData, EarlyStoppingSpec } from './train/config';
export type { BatchReport, EpochReport, TrainResult, TrainStatus } from './train/reports';
export type { TrainerCheckpoint } from './train/checkpoint';
export { Trainer } from './train/trainer';
export { RunLoop } from './train/run-loop';
export type { LoopHost, LoopCallbacks, LoopOptions } from './train/run-loop';
export type { RunCommand, RunPosition, LiveSettings } from './train/run-commands';
export { fit } from './train/fit';
export { evaluate } from './train/evaluate';

export type { Box } from './surface/grid';
export { gridPoints } from './surface/grid';
export type { Surface } from './surface/decision-surface';
export { DecisionSurface } from './surface/decision-surface';
export type { ModelFile, Normalization } from './serialize/model-format';
export { parseModel, serializeModel, toModelFile } from './serialize/model-format';

export type { Dataset, Task } from './data/dataset';
export type { GeneratorSpec, ParameterSpec } from './data/generator-spec';
export { GENERATORS, getGenerator, generate } from './data/generators';
export { splitDataset, subset } from './data/split';
export { oneHot, argmaxRows, countClasses } from './data/one-hot';
export type { Scaler, ScalerKind } from './data/scaling';
export { fitScaler, fitInputScaler, applyScaler, invertScaler, scaleInputs } from './data/scaling';
export type { DerivedFeature } from './data/derived-features';
export { DERIVED_FEATURES, expandFeatures, withDerivedFeatures } from './data/derived-features';

export { accuracy } from './metrics/accuracy';
export { confusionMatrix } from './metrics/confusion-matrix';
export { classScores } from './metrics/class-scores';
export { outputsToLabels } from './metrics/outputs-to-labels';
export {
  meanSquaredError,
  rootMeanSquaredError,
  meanAbsoluteError,
  rSquared,
} from './metrics/regression-metrics';

export { Graph } from './graph/graph';
export { graphFromSpec, graphToSpec } from './graph/graph-spec';
export { linearRegressionGraph } from './graph/linear-regression-graph';
export { sigmoidNetworkGraph } from './graph/sigmoid-network-graph';

export { McCullochPittsUnit, andGate, orGate, notGate } from './units/mcculloch-pitts';
export { MPNetwork, layeredNetwork, xorNetwork } from './units/mp-network';
export { truthTable } from './units/truth-table';
export { Perceptron } from './units/perceptron';
export { Adaline } from './units/adaline';
export { leastSquares } from './units/least-squares';
export { Madaline } from './units/madaline';
export { decisionLine } from './units/decision-line';
