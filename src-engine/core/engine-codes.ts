/**
 * Every message the engine gives a person, by code, with the names of the values it fills in.
 * One list, so that a translation can be checked against it (each code has a message in every
 * language, naming only these values) and a thrown problem can be checked to carry them.
 * A value `got` comes with `gotKind` and, for an array, `gotCount` (see gotValues in
 * data/validate.ts); a code whose message lists other problems carries them as `parts`.
 */
export const ENGINE_CODES = {
  // a network's spec (network/spec.ts); `layer` counts from 1
  'spec.inputs': ['max', 'got'],
  'spec.noLayers': [],
  'spec.layerNotObject': ['layer', 'got'],
  'spec.units': ['layer', 'max', 'got'],
  'spec.activationMissing': ['layer'],
  'spec.activationUnknown': ['layer', 'got'],
  'spec.softmaxNotOutput': ['layer'],
  'spec.softmaxUnits': ['layer'],
  'spec.activationParam': ['layer'],
  'spec.uniformScale': ['layer'],
  /** "invalid network: " and the spec's problems as parts */
  'spec.invalid': [],
  // a model file (serialize/model-format.ts)
  'model.notJson': ['detail'],
  'model.notModel': ['format'],
  'model.version': ['got', 'max'],
  'model.specMissing': [],
  'model.spec': [],
  'model.dtype': ['got'],
  'model.weightsMissing': [],
  'model.weights': [],
  'model.normalization': [],
  'model.normalizationColumns': ['columns', 'inputs'],
  // a model file's fields (serialize/model-fields.ts); `field` is its path, as weights.W[1][0]
  'model.notObject': ['field', 'got'],
  'model.matrices': ['field', 'count'],
  'model.biasLists': ['field', 'count'],
  'model.matrixCount': ['field', 'count', 'got'],
  'model.biasListCount': ['field', 'count', 'got'],
  'model.rows': ['field', 'count', 'layer', 'got'],
  'model.numbers': ['field', 'count', 'got'],
  'model.numberCount': ['field', 'count', 'got'],
  'model.number': ['field', 'got'],
  // weights set on a network (network/network.ts)
  'weights.layers': ['expected', 'got'],
  'weights.shape': ['layer', 'rows', 'columns'],
  'weights.biases': ['layer', 'count'],
  'weights.value': ['layer', 'entry', 'got'],
  // a scaler's fitted values (data/scaling.ts)
  'scaler.notObject': ['got'],
  'scaler.kind': ['got'],
  'scaler.numbers': ['field'],
  'scaler.lengths': ['first', 'second'],
  'scaler.std': [],
  'scaler.max': [],
  // the data a run trains on (train/check-data.ts); `part` is 'training' or 'validation'
  'data.noSamples': ['part', 'm'],
  'data.xShape': ['part', 'm', 'inputs', 'got'],
  'data.yShape': ['part', 'm', 'outputs', 'got'],
  'data.input': ['part', 'row', 'column', 'got'],
  'data.target': ['part', 'row', 'column', 'got'],
  // a training config (train/config.ts, optim/optimizer.ts, optim/schedule.ts); `optimizer`
  // and `schedule` name the kind, `field` the number that is wrong
  'config.loss': ['got'],
  'config.learningRate': ['got'],
  'config.batchSize': ['got'],
  'config.epochs': ['got'],
  'config.seed': ['got'],
  'config.patience': ['got'],
  'config.optimizer': ['got'],
  'config.optimizerField': ['optimizer', 'field', 'got'],
  'config.schedule': ['got'],
  'config.schedulePositive': ['schedule', 'field'],
  'config.scheduleGamma': ['schedule'],
  'config.scheduleEvery': ['schedule'],
  /** "model file: training: " and the config's problem as its part */
  'model.training': [],
  // a setting changed while a run trains (train/run-commands.ts, train/trainer.ts); `schedule`
  // names the learning-rate schedule's kind
  'command.learningRate': ['got'],
  'command.pace': ['max', 'got'],
  'command.rateUnreachable': ['got', 'schedule'],
  // why a run ended early (train/run-endings.ts); `rate` and `best` are written as numbers
  'run.stopped': ['epoch'],
  'run.weightsInfinite': ['epoch', 'rate'],
  'run.lossNotFinite': ['loss', 'epoch', 'batch', 'rate'],
  'run.earlyStopped': ['patience', 'best', 'epoch'],
  'run.earlyStoppedRestored': ['patience', 'best', 'epoch'],
} as const satisfies Record<string, readonly string[]>;

export type EngineCode = keyof typeof ENGINE_CODES;
