/**
 * For every code of the units a lab sets up (McCulloch–Pitts networks, Perceptron, Adaline,
 * Madaline, least squares, truth tables, decision lines) and of the generated data, an input
 * that makes the engine say it, through the entry a lab or a caller uses. Part of CASES
 * (engine-error-cases.ts).
 */
import type { EngineCode } from '../../../src-engine/core/engine-codes';
import { EngineError, type EngineProblem } from '../../../src-engine/core/engine-error';
import { makeBlobs } from '../../../src-engine/data/blobs';
import { generate, type GeneratorParams } from '../../../src-engine/data/generators';
import { makeLine, type LineOptions } from '../../../src-engine/data/line';
import { Adaline } from '../../../src-engine/units/adaline';
import { decisionLine } from '../../../src-engine/units/decision-line';
import { leastSquares } from '../../../src-engine/units/least-squares';
import { Madaline, type MadalineOptions } from '../../../src-engine/units/madaline';
import {
  andGate,
  McCullochPittsUnit,
  type McCullochPittsSpec,
} from '../../../src-engine/units/mcculloch-pitts';
import {
  layeredNetwork,
  MPNetwork,
  xorNetwork,
  type MPNetworkSpec,
} from '../../../src-engine/units/mp-network';
import { Perceptron, type PerceptronOptions } from '../../../src-engine/units/perceptron';
import { truthTable } from '../../../src-engine/units/truth-table';

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

const and2: McCullochPittsSpec = {
  mode: 'weighted',
  threshold: 2,
  inputs: [{ kind: 'excitatory' }, { kind: 'excitatory' }],
};
/** An MP network of one AND node on inputs a, b, with parts of its spec changed. */
const mp = (change: Partial<MPNetworkSpec>) => () =>
  thrown(
    () =>
      new MPNetwork({
        inputs: ['a', 'b'],
        nodes: [{ id: 'n', unit: and2, sources: ['a', 'b'] }],
        outputs: ['n'],
        ...change,
      }),
  );
const mpUnit = (change: Record<string, unknown>) => () =>
  thrown(() => new McCullochPittsUnit({ ...and2, ...change } as McCullochPittsSpec));

const perceptron = (options: Partial<PerceptronOptions> = {}) =>
  new Perceptron({ inputs: 2, ...options });
const madaline = (options: Partial<MadalineOptions> = {}) =>
  new Madaline({ inputs: 2, hidden: 2, logic: 'and', seed: 1, ...options } as MadalineOptions);
const bad = <T>(value: unknown) => value as T;
const generated = (name: string, params: unknown) => () =>
  thrown(() => generate(name, params as GeneratorParams));
const line = (options: Record<string, unknown>) => () =>
  thrown(() => makeLine(options as LineOptions));

export const UNIT_CASES: Array<[EngineCode, () => EngineProblem]> = [
  ['mp.noInputs', mp({ inputs: [] })],
  ['mp.noNodes', mp({ nodes: [] })],
  ['mp.noOutputs', mp({ outputs: [] })],
  ['mp.name', mp({ inputs: ['a', ''] })],
  ['mp.nameTwice', mp({ inputs: ['a', 'a'] })],
  ['mp.sourceCount', mp({ nodes: [{ id: 'n', unit: and2, sources: ['a'] }] })],
  ['mp.unknownSource', mp({ nodes: [{ id: 'n', unit: and2, sources: ['a', 'c'] }] })],
  ['mp.unknownOutput', mp({ outputs: ['y'] })],
  ['mp.noNode', () => thrown(() => xorNetwork().unit('z'))],
  ['mp.weight', () => thrown(() => xorNetwork().setWeight('h1', 0, NaN))],
  ['mp.layers', () => thrown(() => layeredNetwork(['a'], [[and2], []]))],
  ['mp.unitInputs', mpUnit({ inputs: [] })],
  ['mp.unitMode', mpUnit({ mode: 'soft' })],
  ['mp.inputIndex', () => thrown(() => andGate().setInput(2, { kind: 'excitatory' }))],
  ['mp.inputKind', mpUnit({ inputs: [{ kind: 'excitatory' }, { kind: 'both' }] })],
  ['mp.inputWeight', mpUnit({ inputs: [{ kind: 'inhibitory', weight: -1 }] })],
  ['mp.threshold', mpUnit({ threshold: NaN })],
  ['mp.binaryCount', () => thrown(() => andGate().fire([1]))],
  ['mp.binaryValue', () => thrown(() => xorNetwork().evaluate([1, 2]))],
  ['unit.emptySet', () => thrown(() => leastSquares([], []))],
  ['unit.targetCount', () => thrown(() => perceptron().train([[0, 0]], [0, 1]))],
  ['unit.sampleNotList', () => thrown(() => perceptron().train([[0, 0], bad(null)], [0, 1]))],
  ['unit.sampleLength', () => thrown(() => perceptron().train([[0, 0], [1]], [0, 1]))],
  ['unit.sampleValue', () => thrown(() => perceptron().train([[0, NaN]], [0]))],
  ['unit.targetValue', () => thrown(() => new Adaline({ inputs: 1 }).train([[0]], [NaN]))],
  ['unit.targetBinary', () => thrown(() => perceptron().train([[0, 0]], [-1]))],
  ['unit.targetBipolar', () => thrown(() => madaline().train([[0, 0]], [0]))],
  ['unit.oneSampleNotList', () => thrown(() => perceptron().predict(bad(null)))],
  ['unit.oneSampleLength', () => thrown(() => perceptron().predict([1, 0, 1]))],
  ['unit.oneSampleValue', () => thrown(() => madaline().predict([1, Infinity]))],
  ['unit.oneTargetValue', () => thrown(() => new Adaline({ inputs: 1 }).step([1], NaN))],
  ['unit.oneTargetBinary', () => thrown(() => perceptron().step([1, 1], 2))],
  ['unit.oneTargetBipolar', () => thrown(() => madaline().step([1, 1], 0))],
  ['unit.positiveInteger', () => thrown(() => perceptron({ inputs: 0 }))],
  ['unit.learningRate', () => thrown(() => perceptron({ learningRate: -0.5 }))],
  ['unit.coding', () => thrown(() => new Adaline({ inputs: 1, classes: bad('ternary') }))],
  ['unit.uniformNeedsRng', () => thrown(() => perceptron({ init: 'uniform' }))],
  ['unit.initRange', () => thrown(() => perceptron({ init: 'uniform', seed: 1, initRange: 0 }))],
  ['unit.initialWeights', () => thrown(() => perceptron({ init: [0, 1] }))],
  ['unit.initialWeight', () => thrown(() => perceptron({ init: [0, 1, NaN] }))],
  [
    'unit.shuffleNeedsRng',
    () => thrown(() => perceptron().train([[0, 0]], [0], { shuffle: true })),
  ],
  [
    'unit.tolerance',
    () => thrown(() => new Adaline({ inputs: 1 }).train([[0]], [1], { tolerance: -1 })),
  ],
  [
    'unit.rateDecay',
    () => thrown(() => new Adaline({ inputs: 1 }).train([[0]], [1], { learningRateDecay: -1 })),
  ],
  ['unit.madalineLogic', () => thrown(() => madaline({ logic: bad('xor') }))],
  ['unit.madalineRate', () => thrown(() => madaline({ learningRate: 2 }))],
  ['unit.madalineInit', () => thrown(() => madaline({ init: [[0, 1, 1]] }))],
  ['unit.madalineRng', () => thrown(() => madaline({ seed: undefined }))],
  // two copies of one sample: XᵀX has rank 1 for two weights
  ['unit.singular', () => thrown(() => leastSquares([[1], [1]], [0, 1]))],
  ['unit.truthInputs', () => thrown(() => truthTable({ inputCount: 0, evaluate: () => [] }))],
  ['unit.decisionLine', () => thrown(() => decisionLine([1, 2, 3, 4]))],
  ['generator.unknown', generated('spirals', {})],
  ['generator.params', generated('circle', null)],
  ['generator.unknownParam', generated('circle', { radius: 2 })],
  ['generator.integer', generated('circle', { count: 10.5 })],
  ['generator.number', generated('circle', { noise: 0.75 })],
  ['value.integer', () => thrown(() => makeBlobs({ classes: 1 }))],
  ['value.number', line({ noise: -1 })],
  ['value.finite', line({ slope: NaN })],
  ['value.dtype', line({ dtype: 'int8' })],
];
