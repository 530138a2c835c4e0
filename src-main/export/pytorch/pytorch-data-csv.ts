import type { Dataset } from '../../../src-engine/data/dataset';
import { csvCell } from '../csv/csv-cell';
import type { PreparedData } from '../../services/prepare-data';

const PARTS = ['train', 'validation', 'test'] as const;

/**
 * data.csv of a PyTorch project: the rows as the run's trainer had them before derived
 * inputs and scaling — the raw inputs, the targets as the network's output columns (two
 * one-hot columns for two classes with a softmax output), the part of the split — part by
 * part, each in the order the trainer's batches take them. Numbers are written in their
 * shortest exact form, so the float32 values read back bit for bit.
 */
export function pytorchDataCsv(prepared: PreparedData): string {
  const first = prepared.raw.train;
  const header = [...first.featureNames, ...prepared.targetNames, 'part'];
  const lines = [header.map(csvCell).join(',')];
  for (const part of PARTS) lines.push(...rowsOf(prepared.raw[part], part));
  return `${lines.join('\r\n')}\r\n`;
}

function rowsOf(data: Dataset, part: string): string[] {
  const { m, inputs, outputs, x, y } = data;
  const lines: string[] = [];
  for (let r = 0; r < m; r++) {
    const cells: Array<string | number> = [];
    for (let c = 0; c < inputs; c++) cells.push(x[r * inputs + c]);
    for (let c = 0; c < outputs; c++) cells.push(y[r * outputs + c]);
    cells.push(part);
    lines.push(cells.join(','));
  }
  return lines;
}
