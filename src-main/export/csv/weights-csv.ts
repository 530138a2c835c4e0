import { ExportError } from '../export-error';
import type { ExportableModel } from '../exportable-model';
import { fileStem } from '../exportable-model';
import { csvText } from './csv-cell';

/** A file an export produced. */
export interface CsvFile {
  fileName: string;
  text: string;
}

/**
 * The weights as CSV for spreadsheets, one file per layer: a row per unit with its bias and
 * one weight per input, the columns named after the inputs (the model's input names for the
 * first layer, `layer L unit J` for the others).
 * @throws ExportError('not-exportable') for a unit that is not a stack of dense layers
 */
export function exportWeightsCsv(m: ExportableModel): CsvFile[] {
  if (m.notExpressible) {
    throw new ExportError('not-exportable', `not exportable as weights: ${m.notExpressible}`);
  }
  const { spec, weights, featureNames } = m.model;
  const stem = fileStem(m.name);
  let inputNames =
    featureNames?.length === spec.inputs
      ? featureNames
      : Array.from({ length: spec.inputs }, (_, i) => `input ${i + 1}`);
  return spec.layers.map((layer, l) => {
    const outputNames =
      l === spec.layers.length - 1 && m.model.labels?.length === layer.units
        ? m.model.labels
        : Array.from({ length: layer.units }, (_, j) => `layer ${l + 1} unit ${j + 1}`);
    const header = ['unit', 'activation', 'bias', ...inputNames.map((n) => `w(${n})`)];
    const rows = weights.W[l].map((row, j) => [
      outputNames[j],
      layer.activation,
      weights.b[l][j],
      ...row,
    ]);
    inputNames = outputNames;
    return { fileName: `${stem}-layer-${l + 1}.csv`, text: csvText([header, ...rows]) };
  });
}
