/** What the export menu offers, each with the call that makes it; its label and description
 * are the messages `export.choices.<key>.label` and `.description`. */
export interface ExportChoice {
  key: 'json' | 'onnx' | 'py' | 'csv' | 'pytorch' | 'metrics' | 'html' | 'pdf';
  kind: 'model' | 'metrics' | 'report' | 'pytorch';
  format?: 'json' | 'onnx' | 'py' | 'csv' | 'html' | 'pdf';
}

export const MODEL_CHOICES: ExportChoice[] = [
  { key: 'json', kind: 'model', format: 'json' },
  { key: 'onnx', kind: 'model', format: 'onnx' },
  { key: 'py', kind: 'model', format: 'py' },
  { key: 'csv', kind: 'model', format: 'csv' },
  { key: 'pytorch', kind: 'pytorch' },
];

export const DATA_CHOICES: ExportChoice[] = [
  { key: 'metrics', kind: 'metrics' },
  { key: 'html', kind: 'report', format: 'html' },
  { key: 'pdf', kind: 'report', format: 'pdf' },
];
