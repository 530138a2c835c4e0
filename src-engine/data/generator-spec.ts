import { engineError } from '../core/engine-error';
import type { DType } from '../core/float-array';
import type { ClassId } from './class-names';
import type { Dataset, Task } from './dataset';
import { gotValues } from './validate';

/** One numeric parameter of a generator, described for a slider or number field. */
export interface ParameterSpec {
  name: string;
  label: string;
  min: number;
  max: number;
  step: number;
  default: number;
  /** whole numbers only (count, seed, classes) */
  integer: boolean;
  description: string;
}

/** Parameter values by name; missing ones take their default. */
export type GeneratorParams = Readonly<Record<string, number>>;

/** A generator as a UI lists it. */
export interface GeneratorSpec {
  /** registry key, e.g. 'circle' */
  name: string;
  label: string;
  task: Task;
  description: string;
  parameters: readonly ParameterSpec[];
  /** the ids of the classes it draws, by label, when they are named (class-names.ts): its
   * datasets' `classNames` are their English names; absent for numbered classes and tables */
  classIds?: readonly ClassId[];
  /**
   * Generates the dataset. Missing parameters take their defaults.
   * @throws EngineError (codes 'generator.*') naming an unknown parameter or a value outside
   *   [min, max] / not whole
   */
  generate(params?: GeneratorParams, dtype?: DType): Dataset;
}

/** Describes one parameter; whole numbers only when the step is whole. */
export function param(
  name: string,
  label: string,
  range: [min: number, max: number, step: number],
  value: number,
  description: string,
): ParameterSpec {
  const [min, max, step] = range;
  return {
    name,
    label,
    min,
    max,
    step,
    default: value,
    integer: Number.isInteger(step),
    description,
  };
}

/** Builds a dataset from resolved, checked parameters. */
export type Make = (p: Record<string, number>, dtype: DType) => Dataset;

/** A registry entry whose generate() checks parameters against `parameters` before calling make. */
export function spec(
  name: string,
  label: string,
  task: Task,
  description: string,
  parameters: ParameterSpec[],
  make: Make,
  classIds?: readonly ClassId[],
): GeneratorSpec {
  return {
    name,
    label,
    task,
    description,
    parameters,
    ...(classIds ? { classIds } : {}),
    generate: (params = {}, dtype = 'float32') =>
      make(resolveParams(name, parameters, params), dtype),
  };
}

/**
 * Checks params against the specs and fills in defaults.
 * @throws EngineError (codes 'generator.*') naming an unknown parameter or a value out of range
 */
export function resolveParams(
  generator: string,
  specs: readonly ParameterSpec[],
  params: GeneratorParams,
): Record<string, number> {
  if (params === null || typeof params !== 'object')
    throw engineError('generator.params', { generator, ...gotValues(params) });
  for (const param of Object.keys(params)) {
    if (!specs.some((s) => s.name === param)) {
      const known = specs.map((s) => s.name).join(', ') || 'none';
      throw engineError('generator.unknownParam', { generator, param, known });
    }
  }
  const resolved: Record<string, number> = {};
  for (const s of specs) {
    const value: unknown = params[s.name] ?? s.default;
    const whole = typeof value === 'number' && (s.integer ? Number.isInteger(value) : true);
    if (!whole || !Number.isFinite(value) || value < s.min || value > s.max) {
      const values = { generator, param: s.name, min: s.min, max: s.max, ...gotValues(value) };
      throw engineError(s.integer ? 'generator.integer' : 'generator.number', values);
    }
    resolved[s.name] = value;
  }
  return resolved;
}
