// The generated .py file, run by python3 with NumPy, gives the engine's outputs on raw rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES } from '../../../src-engine/activations/activation';
import type { ExportableModel } from '../../../src-main/export/exportable-model';
import { predictRaw } from '../../../src-main/export/predict-raw';
import { exportPython } from '../../../src-main/export/python/export-python';
import { maxDifference, randomModel, randomRows } from './model-fixtures';

const numpy = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
const available = numpy.status === 0;
if (!available) {
  console.warn(
    `Python export: the run-the-file tests are skipped: python3 with NumPy is not available here (${(numpy.error?.message ?? numpy.stderr.trim()) || `exit ${numpy.status}`})`,
  );
}

/** Writes the model's .py and runs its predict on the rows (as the script's stdin). */
function runPython(m: ExportableModel, raw: Float32Array, columns: number): Float64Array {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-py-'));
  const file = join(dir, 'model.py');
  writeFileSync(file, exportPython(m, '0.1.0'));
  const rows: string[] = [];
  for (let r = 0; r < raw.length / columns; r++)
    rows.push(Array.from(raw.subarray(r * columns, (r + 1) * columns)).join(','));
  const result = spawnSync('python3', [file], { input: rows.join('\n'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return Float64Array.from(result.stdout.trim().split(/[\n,]/).map(Number));
}

function expectSame(m: ExportableModel, columns: number, rows = 300) {
  const raw = randomRows(rows, columns);
  expect(maxDifference(runPython(m, raw, columns), predictRaw(m, raw, rows))).toBeLessThan(1e-5);
}

// each test starts python3 and imports NumPy: seconds on a busy machine
describe.runIf(available)('Python export, run with python3 and NumPy', { timeout: 30_000 }, () => {
  it.each(ACTIVATION_NAMES.filter((a) => a !== 'softmax'))(
    '%s as the hidden layer (softmax output) equals the engine',
    (activation) => {
      const m = randomModel({
        inputs: 3,
        layers: [
          { units: 5, activation, activationParam: activation === 'elu' ? 0.7 : undefined },
          { units: 3, activation: 'softmax' },
        ],
      });
      expectSame(m, 3);
    },
    20_000,
  );

  it('with standard scaling, derived inputs and class labels', () => {
    const m = randomModel(
      {
        inputs: 5,
        layers: [
          { units: 6, activation: 'leaky_relu', activationParam: 0.2 },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { scaler: 'standard', derived: ['xSquared', 'xTimesY', 'sinY'], labels: ['no', 'yes'] },
    );
    expectSame(m, 2);
    expect(exportPython(m, '0.1.0')).toContain('LABELS = ["no","yes"]');
  });

  it('a feature list without x (Playground toggles) maps the rows the same way', () => {
    const m = randomModel(
      { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] },
      { scaler: 'standard', derived: ['y', 'sinX'] },
    );
    expectSame(m, 2);
  });

  it('a large layer (embedded as base64) still reads back exactly', () => {
    const m = randomModel({
      inputs: 300,
      layers: [
        { units: 80, activation: 'relu' },
        { units: 2, activation: 'linear' },
      ],
    });
    const text = exportPython(m, '0.1.0');
    expect(text).toContain('_unpack(');
    expectSame(m, 300, 50);
  });

  it('predict refuses rows of the wrong width with the expected columns named', () => {
    const m = randomModel({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    const dir = mkdtempSync(join(tmpdir(), 'neuron-py-'));
    writeFileSync(join(dir, 'model.py'), exportPython(m, '0.1.0'));
    const r = spawnSync('python3', ['-c', 'import model; model.predict([[1, 2, 3]])'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/expected rows of 2 numbers \(f1, f2\)/);
  });
});
