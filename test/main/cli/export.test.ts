// `neuron-lab export`: every format written from a trained run, crash-safe and never over an
// existing file without --force; bad arguments in one line with exit code 2.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../src-main/export/report/pdf-printer';
import { cliOn } from './cli-runner';

const ROOT = resolve(__dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'neuron-cli-export-'));
const outDir = mkdtempSync(join(tmpdir(), 'neuron-cli-out-'));

const cli = cliOn(dataDir);

let id: string;

beforeAll(() => {
  const r = cli(
    'train', '--data', 'builtin:xor-gate', '--layers', '4', '--activation', 'tanh',
    '--epochs', '300', '--lr', '0.05', '--split', '100/0/0', '--json', '--name', 'xor gate',
  ); // prettier-ignore
  expect(r.stderr).toBe('');
  id = String(JSON.parse(r.stdout).id);
}, 90_000);

describe('neuron-lab export', () => {
  it('--format onnx writes a model onnxruntime runs on the four XOR rows', async () => {
    const file = join(outDir, 'xor.onnx');
    const r = cli('export', id, '--format', 'onnx', '--out', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*xor\.onnx \([\d,]+ bytes\)$/m);
    const session = await InferenceSession.create(readFileSync(file));
    const x = new Tensor('float32', Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]), [4, 2]);
    const y = (await session.run({ features: x })).outputs.data as Float32Array;
    expect(Array.from(y, (v) => (v >= 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
  }, 60_000);

  it('--format json, py, html write their files', () => {
    for (const [format, name, check] of [
      ['json', 'xor.json', (t: string) => expect(JSON.parse(t).format).toBe('neuron-lab-model')],
      ['py', 'xor.py', (t: string) => expect(t).toMatch(/^def predict\(X\):/m)],
      [
        'html',
        'xor.html',
        (t: string) => expect(t).toMatch(/<h1>Neuron Lab report: xor gate<\/h1>/),
      ],
    ] as const) {
      const file = join(outDir, name);
      const r = cli('export', id, '--format', format, '--out', file);
      expect(r.code, r.stderr).toBe(0);
      check(readFileSync(file, 'utf8'));
    }
  }, 90_000);

  it('--format csv writes one weights file per layer', () => {
    const r = cli('export', id, '--format', 'csv', '--out', join(outDir, 'w.csv'));
    expect(r.code, r.stderr).toBe(0);
    const first = readFileSync(join(outDir, 'w-layer-1.csv'), 'utf8').split('\r\n');
    expect(first[0]).toBe('unit,activation,bias,w(a),w(b)');
    expect(first).toHaveLength(4 + 2);
    expect(readFileSync(join(outDir, 'w-layer-2.csv'), 'utf8')).toMatch(
      /^unit,activation,bias,w\(layer 1 unit 1\)/,
    );
  }, 30_000);

  it.runIf(findChromium())(
    '--format pdf writes a PDF',
    () => {
      const file = join(outDir, 'xor.pdf');
      const r = cli('export', id, '--format', 'pdf', '--out', file);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    },
    60_000,
  );

  it('an existing file is kept without --force (exit 1, clear message) and replaced with it', () => {
    const file = join(outDir, 'taken.json');
    writeFileSync(file, 'mine');
    const r = cli('export', id, '--format', 'json', '--out', file);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`neuron-lab: ${file} exists already; add --force to replace it`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const forced = cli('export', id, '--format', 'json', '--out', file, '--force');
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).spec.inputs).toBe(2);
  }, 30_000);

  it('refuses a device, a link or a FIFO with --force too; a replaced file keeps its mode', () => {
    const devNull = cli('export', id, '--format', 'json', '--out', '/dev/null', '--force');
    expect(devNull.code).toBe(1);
    expect(devNull.stderr).toBe(
      'neuron-lab: /dev/null is a device, not a regular file; exports replace only regular files (also with --force): choose a file name\n',
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const real = join(outDir, 'real.json');
    writeFileSync(real, 'mine');
    symlinkSync(real, join(outDir, 'link.json'));
    const link = cli(
      'export',
      id,
      '--format',
      'json',
      '--out',
      join(outDir, 'link.json'),
      '--force',
    );
    expect(link.code).toBe(1);
    expect(link.stderr).toContain('is a symbolic link (to');
    expect(readFileSync(real, 'utf8')).toBe('mine');
    const readOnly = join(outDir, 'read-only.json');
    writeFileSync(readOnly, 'old');
    chmodSync(readOnly, 0o444);
    expect(cli('export', id, '--format', 'json', '--out', readOnly, '--force').code).toBe(0);
    expect(statSync(readOnly).mode & 0o777).toBe(0o444);
    expect(JSON.parse(readFileSync(readOnly, 'utf8')).format).toBe('neuron-lab-model');
  }, 60_000);

  it('removes, at the next start, a temporary file an export left when it was killed', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    const temp = join(outDir, `.model.onnx.${dead}.0badcafe.tmp`);
    writeFileSync(temp, 'half an export');
    mkdirSync(join(dataDir, 'pending-writes'), { recursive: true });
    writeFileSync(join(dataDir, 'pending-writes', 'x.json'), JSON.stringify({ temp }));
    const r = cli('list');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `note: removed 1 temporary file(s) an export left when it was stopped: ${temp}\n`,
    );
    expect(existsSync(temp)).toBe(false);
  }, 30_000);

  it.each([
    [['export'], "export needs an experiment id (a whole number), got ''"],
    [
      ['export', '1', '--out', 'x.json'],
      'export needs --format (json, onnx, py, csv, html, pdf, pytorch)',
    ],
    [
      ['export', '1', '--format', 'docx', '--out', 'x'],
      "--format must be one of json, onnx, py, csv, html, pdf, pytorch, got 'docx'",
    ],
    [
      ['export', '1', '--format', 'json', '--out', '/no/such/folder/m.json'],
      '--out: the folder /no/such/folder does not exist',
    ],
    [['export', '9999', '--format', 'json', '--out', 'x.json'], 'experiment 9999 does not exist'],
  ])(
    'bad arguments %j: one line and exit code 2',
    (args, message) => {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
      expect(existsSync(join(ROOT, 'x.json'))).toBe(false);
    },
    30_000,
  );
});

describe('neuron-lab import-model', () => {
  it('keeps an exported model as a new experiment that exports the same model again', () => {
    const file = join(outDir, 'gate.neuron-lab.json');
    expect(cli('export', id, '--format', 'json', '--out', file).code).toBe(0);
    const shown = JSON.parse(cli('show', id, '--json').stdout) as { datasetId: number };
    const r = cli('import-model', file, '--dataset', String(shown.datasetId), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const imported = String(JSON.parse(r.stdout).id);
    expect(imported).not.toBe(id);
    const again = join(outDir, 'gate-again.json');
    expect(cli('export', imported, '--format', 'json', '--out', again).code).toBe(0);
    expect(JSON.parse(readFileSync(again, 'utf8'))).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  }, 240_000);

  it('says what is missing or wrong, in one line', () => {
    const missing = cli('import-model', join(outDir, 'gate.neuron-lab.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^neuron-lab: import-model needs --dataset ID/);
    const junk = join(outDir, 'junk.json');
    writeFileSync(junk, '{"format": "neuron-lab-model", "version": 1}');
    const bad = cli('import-model', junk, '--dataset', '1');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('neuron-lab: model file: spec is missing\n');
  }, 120_000);
});
