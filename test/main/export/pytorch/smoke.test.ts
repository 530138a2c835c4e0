import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { CIRCLE_RUN, openTestLab, trainedExperiment } from '../lab-fixture';
import { runTrain, writeProject } from './torch-python';

it('smoke', () => {
  const { lab } = openTestLab();
  const id = trainedExperiment(lab, CIRCLE_RUN);
  const dir = writeProject(lab, id);
  console.log(dir, runTrain(dir, ['--out', 'r']));
  console.log(readFileSync(join(dir, 'r/metrics.csv'), 'utf8'));
  console.log(readFileSync(join(dir, 'lab_metrics.csv'), 'utf8'));
}, 60000);
