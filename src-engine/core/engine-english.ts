/**
 * What the engine says to a person, by its code (core/engine-codes.ts), in English: the one
 * place its English is written. engineProblem (core/engine-error.ts) fills a message in for the
 * command line and the logs; the renderer uses this same table as its English message area
 * `engine` (src-renderer/i18n/engine-text.ts says a problem in the reader's language).
 * Messages are in vue-i18n's syntax, of which only `{name}` and a quoted literal such as
 * `{'{'}` are used (no plurals, no linked messages), so engine-error.ts can fill them alike.
 * `{got}` is the value received, `{parts}` the problems a message lists, `{part}` the part of
 * the data ("training", "validation").
 */
import type { EngineCode } from './engine-codes';

type Group<C extends string> = C extends `${infer G}.${string}` ? G : never;
type NameIn<C extends string, G extends string> = C extends `${G}.${infer N}` ? N : never;
/** A message for every code, and none for a code that does not exist. */
type EveryCode = { [G in Group<EngineCode>]: { [N in NameIn<EngineCode, G>]: string } };

export const ENGINE_ENGLISH = {
  /** how a received value that is not a plain number or text is described */
  got: {
    nothing: 'nothing',
    object: 'an object',
    list: 'an array of length {count}',
  },
  part: {
    training: 'training',
    validation: 'validation',
  },
  /** a spec's problem about one layer (the problems below that name {layer}) */
  atLayer: 'layer {layer}: {problem}',
  spec: {
    inputs: 'inputs must be a whole number from 1 to {max}, got {got}',
    noLayers: 'the network needs at least one layer',
    layerNotObject: "expected {'{'} units, activation {'}'}, got {got}",
    units: 'units must be a whole number from 1 to {max}, got {got}',
    activationMissing: 'the activation is missing',
    activationUnknown: 'unknown activation {got}',
    softmaxNotOutput: 'softmax belongs on the output layer only',
    softmaxUnits: 'softmax needs at least 2 units (use sigmoid for one output)',
    activationParam: 'activation parameter must be a finite number',
    uniformScale: 'uniform initialisation needs a positive scale',
    invalid: 'invalid network: {parts}',
  },
  model: {
    notJson: 'model file: not valid JSON ({detail})',
    notModel: "model file: not a Neuron Lab model (format must be '{format}')",
    version: 'model file: version {got} is not supported (this app reads 1…{max})',
    specMissing: 'model file: spec is missing',
    spec: 'model file: spec: {parts}',
    training: 'model file: training: {parts}',
    dtype: 'model file: dtype must be float32 or float64, got {got}',
    weightsMissing: 'model file: weights must hold W and b arrays',
    weights: 'model file: {parts}',
    normalization: 'model file: normalisation: {parts}',
    normalizationColumns:
      'model file: normalisation has {columns} columns, the network {inputs} inputs',
    notObject: 'model file: {field}: expected an object, got {got}',
    matrices: 'model file: {field}: expected a list of {count} matrices',
    biasLists: 'model file: {field}: expected a list of {count} bias lists',
    matrixCount: 'model file: {field}: expected {count} matrices (one per layer), got {got}',
    biasListCount: 'model file: {field}: expected {count} bias lists, got {got}',
    rows: "model file: {field}: expected {count} rows (layer {layer}'s units), got {got}",
    numbers: 'model file: {field}: expected a list of {count} numbers, got {got}',
    numberCount: 'model file: {field}: expected {count} numbers, got {got}',
    number: 'model file: {field}: expected a finite number, got {got}',
  },
  weights: {
    layers: 'weights: expected {expected} layers, got {got}',
    shape: 'weights: layer {layer} must be {rows} × {columns}',
    biases: 'weights: layer {layer} needs {count} biases',
    value: 'weights: layer {layer} {entry} is {got}',
  },
  scaler: {
    notObject: 'scaler must be an object, got {got}',
    kind: "scaler.kind must be 'standard' or 'min-max', got {got}",
    numbers: '{field} must be a non-empty array of finite numbers',
    lengths: '{first} and {second} differ in length',
    std: 'scaler.std must be positive',
    max: 'scaler.max must not be below scaler.min',
  },
  data: {
    noSamples: '{part} data: needs at least one sample, got m = {m}',
    xShape: "{part} data: x must be {m} × {inputs} (the network's inputs), got {got} numbers",
    yShape: "{part} data: y must be {m} × {outputs} (the network's outputs), got {got} numbers",
    input: '{part} data: row {row}, input {column} is {got}',
    target: '{part} data: row {row}, target {column} is {got}',
  },
  config: {
    loss: 'unknown loss {got}',
    learningRate: 'learning rate must be a positive number, got {got}',
    batchSize: 'batch size must be a whole number ≥ 1, got {got}',
    epochs: 'epochs must be a whole number ≥ 1, got {got}',
    seed: 'seed must be a whole number, got {got}',
    patience: 'early stopping patience must be a whole number ≥ 1, got {got}',
    optimizer: "unknown optimizer '{got}' (known: sgd, adam)",
    optimizerField: 'optimizer {optimizer}: {field} out of range ({got})',
    schedule: "unknown learning-rate schedule '{got}'",
    schedulePositive: "learning-rate schedule '{schedule}': {field} must be positive",
    scheduleGamma: "learning-rate schedule '{schedule}': gamma must be in (0, 1]",
    scheduleEvery: "learning-rate schedule '{schedule}': every must be ≥ 1",
  },
  command: {
    learningRate: 'learning rate must be positive, got {got}',
    pace: 'pace must be from 0 to {max} epochs a second, got {got}',
    rateUnreachable:
      "cannot set the learning rate to {got}: the '{schedule}' schedule has brought the rate too close to 0 to scale it back up",
  },
  run: {
    stopped: 'stopped by the user after epoch {epoch}',
    weightsInfinite:
      'the weights became infinite in epoch {epoch} — try a smaller learning rate (now {rate})',
    lossNotFinite:
      'the loss became {loss} at epoch {epoch} (batch {batch}) — try a smaller learning rate (now {rate})',
    earlyStopped:
      'validation loss did not improve for {patience} epochs (best {best} at epoch {epoch})',
    earlyStoppedRestored:
      'validation loss did not improve for {patience} epochs (best {best} at epoch {epoch}); weights of epoch {epoch} restored',
  },
  mp: {
    noInputs: 'McCulloch–Pitts network: needs at least one input name',
    noNodes: 'McCulloch–Pitts network: needs at least one node',
    noOutputs: 'McCulloch–Pitts network: needs at least one output',
    name: 'McCulloch–Pitts network: names must be non-empty strings',
    nameTwice: "McCulloch–Pitts network: name '{name}' is used twice",
    sourceCount: "McCulloch–Pitts network: node '{node}' has {got} sources for {count} unit inputs",
    unknownSource:
      "McCulloch–Pitts network: node '{node}' reads '{source}', which is neither an input nor an earlier node",
    unknownOutput: "McCulloch–Pitts network: output '{output}' is neither an input nor a node",
    noNode: "McCulloch–Pitts network: no node '{node}'",
    weight: 'McCulloch–Pitts network: weight must be a finite number, got {got}',
    layers: 'layered network: needs at least one layer and no empty layer',
    unitInputs: 'McCulloch–Pitts unit: needs at least one input',
    unitMode: "McCulloch–Pitts unit: mode must be 'weighted' or 'absolute', got '{got}'",
    inputIndex: 'McCulloch–Pitts unit: input index {index} out of range 0..{last}',
    inputKind: "McCulloch–Pitts unit: input {index} kind must be 'excitatory' or 'inhibitory'",
    inputWeight:
      'McCulloch–Pitts unit: input {index} weight must be a finite magnitude >= 0 (the sign comes from kind), got {got}',
    threshold: 'McCulloch–Pitts unit: threshold must be a finite number, got {got}',
    binaryCount: '{model}: expected {count} binary inputs, got {got}',
    binaryValue: '{model}: input {index} is {got}; inputs must be 0 or 1',
  },
  unit: {
    emptySet: '{model}: the training set is empty',
    targetCount: '{model}: {samples} samples but {targets} targets',
    sampleNotList: '{model}: sample {row} is not an array of numbers',
    sampleLength: '{model}: sample {row} has {got} inputs, expected {inputs}',
    sampleValue: '{model}: sample {row} input {column} is {got}, not a finite number',
    targetValue: '{model}: target {row} is {got}, not a finite number',
    targetBinary: '{model}: target {row} is {got}; binary targets must be 0 or 1',
    targetBipolar: '{model}: target {row} is {got}; bipolar targets must be -1 or +1',
    oneSampleNotList: '{model}: sample is not an array of numbers',
    oneSampleLength: '{model}: sample has {got} inputs, expected {inputs}',
    oneSampleValue: '{model}: sample input {column} is {got}, not a finite number',
    oneTargetValue: '{model}: target is {got}, not a finite number',
    oneTargetBinary: '{model}: target is {got}; binary targets must be 0 or 1',
    oneTargetBipolar: '{model}: target is {got}; bipolar targets must be -1 or +1',
    positiveInteger: '{model}: {name} must be a positive integer, got {got}',
    learningRate: '{model}: learningRate must be a finite number > 0, got {got}',
    coding: "{model}: {name} must be 'binary' or 'bipolar', got '{got}'",
    uniformNeedsRng: "{model}: init 'uniform' needs a seed or an rng",
    initRange: '{model}: initRange must be a finite number > 0, got {got}',
    initialWeights:
      "{model}: initial weights must be 'zeros', 'uniform' or {count} numbers [w0 (bias), w1..w{inputs}]",
    initialWeight: '{model}: initial weight {index} is {got}, not a finite number',
    shuffleNeedsRng: '{model}: shuffle needs a seed or an rng',
    tolerance: 'Adaline: tolerance must be a number >= 0, got {got}',
    rateDecay: 'Adaline: learningRateDecay must be a finite number >= 0, got {got}',
    madalineLogic: "Madaline: logic must be 'and', 'or' or 'majority', got '{got}'",
    madalineRate: 'Madaline: learningRate must be in (0, 2), got {got}',
    madalineInit: 'Madaline: init has {got} weight vectors for {count} Adalines',
    madalineRng: 'Madaline: random initial weights need a seed or an rng (or give init)',
    singular: 'leastSquares: XᵀX is singular (too few distinct samples or collinear inputs)',
    truthInputs: 'truthTable: input count must be 1..{max}, got {got}',
    decisionLine: 'decisionLine: needs a unit with 2 inputs (3 weights), got {got} weights',
  },
  generator: {
    unknown: 'unknown generator {got} (known: {known})',
    params: "generator '{generator}': params must be an object, got {got}",
    unknownParam: "generator '{generator}': unknown parameter '{param}' (parameters: {known})",
    integer: "generator '{generator}': {param} must be an integer in [{min}, {max}], got {got}",
    number: "generator '{generator}': {param} must be a number in [{min}, {max}], got {got}",
  },
  value: {
    integer: '{where}: {name} must be an integer in [{min}, {max}], got {got}',
    number: '{where}: {name} must be a number in [{min}, {max}], got {got}',
    finite: '{where}: {name} must be a finite number, got {got}',
    dtype: "{where}: dtype must be 'float32' or 'float64', got {got}",
  },
} satisfies EveryCode & {
  got: Record<string, string>;
  part: Record<string, string>;
  atLayer: string;
};
