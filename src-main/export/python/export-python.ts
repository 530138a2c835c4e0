import { Buffer } from 'node:buffer';
import { featureList, type DerivedFeature } from '../../../src-engine/data/derived-features';
import { activationParamOf } from '../../../src-engine/network/spec';
import { ExportError } from '../export-error';
import type { ExportableModel } from '../exportable-model';
import { inputPipeline } from '../exportable-model';
import { PYTHON_RUNTIME } from './python-runtime';

/** Layers with more numbers than this are embedded as base64 float64 bytes, not as text. */
const INLINE_LIMIT = 20_000;

const DERIVED_PY: Record<DerivedFeature, string> = {
  x: 'a',
  y: 'b',
  xSquared: 'a * a',
  ySquared: 'b * b',
  xTimesY: 'a * b',
  sinX: 'np.sin(a)',
  sinY: 'np.sin(b)',
};

const py = (v: unknown): string => JSON.stringify(v);

/** The activation parameter, None where the activation has none (NaN). */
const paramText = (p: number): string => (Number.isFinite(p) ? String(p) : 'None');

function numberList(values: ArrayLike<number>): string {
  return `[${Array.from(values, (v) => String(v)).join(', ')}]`;
}

function matrix(rows: number[][]): string {
  const count = rows.length * (rows[0]?.length ?? 0);
  if (count > INLINE_LIMIT) {
    const flat = Float64Array.from(rows.flat());
    const base64 = Buffer.from(flat.buffer).toString('base64');
    return `_unpack(${py(base64)}, (${rows.length}, ${rows[0].length}))`;
  }
  return `np.array([\n${rows.map((r) => `        ${numberList(r)},`).join('\n')}\n    ])`;
}

/**
 * A self-contained Python file (NumPy only) with the weights and `predict(X)`: raw feature
 * rows in the dataset's column order in, the output layer's values out, computed with the
 * engine's formulas (derived inputs, normalisation, each layer's activation). Run as a script
 * it reads CSV rows from standard input and prints the outputs.
 * @throws ExportError('not-exportable') for a unit that is not a stack of dense layers;
 *   ExportError('invalid') for inconsistent inputs
 */
export function exportPython(m: ExportableModel, appVersion: string, date = new Date()): string {
  if (m.notExpressible) {
    throw new ExportError('not-exportable', `not exportable to Python: ${m.notExpressible}`);
  }
  const pipeline = inputPipeline(m);
  const { spec, weights, labels, targetNames } = m.model;
  const layers = spec.layers.map(
    (layer, l) =>
      `    (\n    ${matrix(weights.W[l])},\n    np.array(${numberList(weights.b[l])}),\n    ${py(layer.activation)},\n    ${paramText(activationParamOf(layer))},\n    ),`,
  );
  const derived = pipeline.derived.length
    ? `    a, b = X[:, 0:1], X[:, 1:2]\n    X = np.concatenate([${featureList(pipeline.derived)
        .map((f) => DERIVED_PY[f])
        .join(', ')}], axis=1)\n`
    : '';
  const scaling = pipeline.scaling
    ? `OFFSET = np.array(${numberList(pipeline.scaling.offset)})\nSCALE = np.array(${numberList(pipeline.scaling.scale)})\n`
    : 'OFFSET = None\nSCALE = None\n';
  const header = [
    `"""${m.name.replace(/["\\]/g, '')}: a neural network exported from Neuron Lab ${appVersion} on ${date.toISOString().slice(0, 10)}.`,
    '',
    `Network: ${[spec.inputs, ...spec.layers.map((l) => `${l.units} ${l.activation}`)].join(' -> ')}.`,
    'predict(X) takes raw feature rows (columns in FEATURE_NAMES order) and returns the',
    "output layer's values, one row per input row. Needs only NumPy.",
    '',
    'As a script: python3 this_file.py < rows.csv  (comma-separated numbers, no header)',
    '"""',
  ].join('\n');
  return `${header}
import numpy as np

FEATURE_NAMES = ${py(pipeline.rawNames)}
${labels ? `LABELS = ${py(labels)}` : 'LABELS = None'}
${targetNames ? `TARGET_NAMES = ${py(targetNames)}` : 'TARGET_NAMES = None'}
DERIVED = ${py(pipeline.derived)}
${scaling}
${PYTHON_RUNTIME}
# (weights [outputs, inputs], biases, activation, its parameter) for each layer
LAYERS = [
${layers.join('\n')}
]


def predict(X):
    """Outputs of the network for raw feature rows X: [rows, ${pipeline.rawInputs}] -> [rows, ${spec.layers[spec.layers.length - 1].units}]."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim == 1:
        X = X[np.newaxis, :]
    if X.ndim != 2 or X.shape[1] != ${pipeline.rawInputs}:
        raise ValueError("expected rows of ${pipeline.rawInputs} numbers (%s), got shape %s" % (", ".join(FEATURE_NAMES), X.shape))
${derived}    if OFFSET is not None:
        X = (X - OFFSET) / SCALE
    for W, b, activation, param in LAYERS:
        X = _activate(activation, X @ W.T + b, param)
    return X


if __name__ == "__main__":
    import sys

    rows = np.loadtxt(sys.stdin, delimiter=",", ndmin=2)
    np.savetxt(sys.stdout, predict(rows), delimiter=",", fmt="%.9g")
`;
}
