/** What the export menu offers, each with the call that makes it. */
export interface ExportChoice {
  key: string;
  label: string;
  /** what it is, for screen readers and the tooltip */
  description: string;
  kind: 'model' | 'metrics' | 'report' | 'pytorch';
  format?: 'json' | 'onnx' | 'py' | 'csv' | 'html' | 'pdf';
}

export const MODEL_CHOICES: ExportChoice[] = [
  {
    key: 'json',
    label: 'Model JSON',
    description: 'the model in Neuron Lab’s own format, to import again',
    kind: 'model',
    format: 'json',
  },
  {
    key: 'onnx',
    label: 'ONNX',
    description: 'the model as ONNX, for other tools and runtimes',
    kind: 'model',
    format: 'onnx',
  },
  {
    key: 'py',
    label: 'Python',
    description: 'a Python file with the weights and a NumPy predict(X)',
    kind: 'model',
    format: 'py',
  },
  {
    key: 'csv',
    label: 'Weights CSV',
    description: 'the weights for spreadsheets, one CSV file per layer',
    kind: 'model',
    format: 'csv',
  },
  {
    key: 'pytorch',
    label: 'PyTorch project',
    description:
      'a PyTorch project (ZIP) whose train.py trains this run again, on a GPU or in several processes',
    kind: 'pytorch',
  },
];

export const DATA_CHOICES: ExportChoice[] = [
  {
    key: 'metrics',
    label: 'Metrics CSV',
    description: 'the loss and accuracy of every epoch as CSV',
    kind: 'metrics',
  },
  {
    key: 'html',
    label: 'Report HTML',
    description: 'a report in one HTML file that opens offline',
    kind: 'report',
    format: 'html',
  },
  {
    key: 'pdf',
    label: 'Report PDF',
    description: 'the report as a PDF document',
    kind: 'report',
    format: 'pdf',
  },
];
