/** The export menu's words in English. */
export default {
  title: 'Export',
  modelGroup: 'Export the model',
  model: 'Model',
  resultsGroup: 'Export metrics and reports',
  results: 'Results',
  exporting: 'Exporting {what}…',
  failed: '{what} could not be exported: {why}',
  saved: 'Saved {files}.',
  pytorchNext: 'Unzip it and run python train.py (README.md has the other commands).',
  pytorchNextInFolder: 'In that folder, run python train.py (README.md has the other commands).',
  cancelled: 'Not saved: the save dialog was cancelled.',
  note: 'Note: {note}',
  comparing: '{label} ({count} runs)',
  choices: {
    json: {
      label: 'Model JSON',
      description: 'the model in Neuron Lab’s own format, to import again',
    },
    onnx: { label: 'ONNX', description: 'the model as ONNX, for other tools and runtimes' },
    py: { label: 'Python', description: 'a Python file with the weights and a NumPy predict(X)' },
    csv: {
      label: 'Weights CSV',
      description: 'the weights for spreadsheets, one CSV file per layer',
    },
    pytorch: {
      label: 'PyTorch project',
      description:
        'a PyTorch project (ZIP) whose train.py trains this run again, on a GPU or in several processes',
    },
    metrics: { label: 'Metrics CSV', description: 'the loss and accuracy of every epoch as CSV' },
    html: { label: 'Report HTML', description: 'a report in one HTML file that opens offline' },
    pdf: { label: 'Report PDF', description: 'the report as a PDF document' },
  },
};
