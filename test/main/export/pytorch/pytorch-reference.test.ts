// The exported project, run by PyTorch, trains the ten reference setups as the lab did:
// per-epoch losses within the reference tests' float32 tolerance (1e-4 relative).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestLab } from '../services-fixture';
import { referenceRun, references } from './reference-runs';
import { readMetrics, runTrain, torchPython, whyNoTorch, writeProject } from './torch-python';

if (!torchPython)
  console.warn(
    `PyTorch export: the reference runs are skipped: no python3 with torch (${whyNoTorch})`,
  );

/** Relative difference against a floor, as the reference tests measure it. */
const relErr = (a: number, b: number, floor = 1e-3) =>
  Math.abs(a - b) / Math.max(Math.abs(b), floor);

// Enough epochs to follow each run a good way; the long ones (hundreds of tiny epochs) are
// cut so that this suite stays at a few seconds per setup.
const MAX_EPOCHS = 60;

describe.runIf(torchPython)('PyTorch project: the reference setups', () => {
  const setups = references();

  it('finds the ten setups', () => expect(setups.length).toBeGreaterThanOrEqual(10));

  it.each(setups)(
    '%s: train.py gives the lab’s per-epoch losses',
    (_, ref) => {
      const { lab } = openTestLab();
      const epochs = Math.min(ref.epochs, MAX_EPOCHS);
      const { id, reports } = referenceRun(lab, ref, epochs);
      const dir = writeProject(lab, id);
      const output = runTrain(dir, ['--out', 'run']);
      const ours = readMetrics(readFileSync(join(dir, 'run', 'metrics.csv'), 'utf8'));
      expect(ours.epoch).toEqual(reports.map((r) => r.epoch));
      expect(ours.step).toEqual(reports.map((r) => r.step));
      const worst = Math.max(...reports.map((r, i) => relErr(ours.loss[i], r.loss)));
      expect(worst).toBeLessThan(1e-4);
      ours.learning_rate.forEach((rate, i) =>
        expect(relErr(rate, reports[i].learningRate)).toBeLessThan(1e-12),
      );
      expect(output).toMatch(/compared with the lab's run: \d+ epochs/);
      lab.close();
    },
    60_000,
  );
});
