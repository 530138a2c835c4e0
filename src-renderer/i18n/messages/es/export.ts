/** The export menu's words in Spanish. */
export default {
  title: 'Exportar',
  modelGroup: 'Exportar el modelo',
  model: 'Modelo',
  resultsGroup: 'Exportar métricas e informes',
  results: 'Resultados',
  exporting: 'Exportando {what}…',
  failed: 'No se pudo exportar {what}: {why}',
  saved: 'Guardado: {files}.',
  pytorchNext: 'Descomprímelo y ejecuta python train.py (README.md explica los demás comandos).',
  pytorchNextInFolder:
    'En esa carpeta, ejecuta python train.py (README.md explica los demás comandos).',
  cancelled: 'No se ha guardado: se canceló el diálogo de guardar.',
  note: 'Nota: {note}',
  comparing: '{label} ({count} ejecuciones)',
  choices: {
    json: {
      label: 'Modelo JSON',
      description: 'el modelo en el formato propio de Neuron Lab, para importarlo de nuevo',
    },
    onnx: {
      label: 'ONNX',
      description: 'el modelo en ONNX, para otras herramientas y entornos de ejecución',
    },
    py: {
      label: 'Python',
      description: 'un archivo Python con los pesos y una función predict(X) de NumPy',
    },
    csv: {
      label: 'Pesos CSV',
      description: 'los pesos para hojas de cálculo, un archivo CSV por capa',
    },
    pytorch: {
      label: 'Proyecto PyTorch',
      description:
        'un proyecto PyTorch (ZIP) cuyo train.py vuelve a entrenar esta ejecución, en una GPU o en varios procesos',
    },
    metrics: {
      label: 'Métricas CSV',
      description: 'la pérdida y la exactitud de cada época en CSV',
    },
    html: {
      label: 'Informe HTML',
      description: 'un informe en un solo archivo HTML que se abre sin conexión',
    },
    pdf: { label: 'Informe PDF', description: 'el informe como documento PDF' },
  },
};
