/** Lo que el motor dice a una persona, por su código (src-engine/core/engine-codes.ts). */
export default {
  got: {
    nothing: 'nada',
    object: 'un objeto',
    list: 'una lista de {count} elementos',
  },
  part: {
    training: 'de entrenamiento',
    validation: 'de validación',
  },
  atLayer: 'capa {layer}: {problem}',
  spec: {
    inputs: 'las entradas deben ser un número entero de 1 a {max}; hay {got}',
    noLayers: 'la red necesita al menos una capa',
    layerNotObject: 'se esperaba una capa (unidades y activación); hay {got}',
    units: 'las unidades deben ser un número entero de 1 a {max}; hay {got}',
    activationMissing: 'falta la función de activación',
    activationUnknown: 'función de activación desconocida: {got}',
    softmaxNotOutput: 'softmax solo puede ir en la capa de salida',
    softmaxUnits: 'softmax necesita al menos 2 unidades (usa sigmoide para una sola salida)',
    activationParam: 'el parámetro de la activación debe ser un número finito',
    uniformScale: 'la inicialización uniforme necesita una escala positiva',
    invalid: 'red no válida: {parts}',
  },
  model: {
    notJson: 'archivo de modelo: no es JSON válido ({detail})',
    notModel: "archivo de modelo: no es un modelo de Neuron Lab (el formato debe ser '{format}')",
    version:
      'archivo de modelo: la versión {got} no es compatible (esta aplicación lee de 1 a {max})',
    specMissing: 'archivo de modelo: falta la especificación de la red (spec)',
    spec: 'archivo de modelo: spec: {parts}',
    training: 'archivo de modelo: entrenamiento: {parts}',
    dtype: 'archivo de modelo: dtype debe ser float32 o float64; hay {got}',
    weightsMissing: 'archivo de modelo: los pesos deben contener las listas W y b',
    weights: 'archivo de modelo: {parts}',
    normalization: 'archivo de modelo: normalización: {parts}',
    normalizationColumns:
      'archivo de modelo: la normalización tiene {columns} columnas y la red {inputs} entradas',
    notObject: 'archivo de modelo: {field}: se esperaba un objeto; hay {got}',
    matrices: 'archivo de modelo: {field}: se esperaba una lista de {count} matrices',
    biasLists: 'archivo de modelo: {field}: se esperaba una lista de {count} listas de sesgos',
    matrixCount:
      'archivo de modelo: {field}: se esperaban {count} matrices (una por capa); hay {got}',
    biasListCount: 'archivo de modelo: {field}: se esperaban {count} listas de sesgos; hay {got}',
    rows: 'archivo de modelo: {field}: se esperaban {count} filas (las unidades de la capa {layer}); hay {got}',
    numbers: 'archivo de modelo: {field}: se esperaba una lista de {count} números; hay {got}',
    numberCount: 'archivo de modelo: {field}: se esperaban {count} números; hay {got}',
    number: 'archivo de modelo: {field}: se esperaba un número finito; hay {got}',
  },
  weights: {
    layers: 'pesos: se esperaban {expected} capas; hay {got}',
    shape: 'pesos: la capa {layer} debe ser de {rows} × {columns}',
    biases: 'pesos: la capa {layer} necesita {count} sesgos',
    value: 'pesos: en la capa {layer}, {entry} vale {got}',
  },
  scaler: {
    notObject: 'el escalado debe ser un objeto; hay {got}',
    kind: "scaler.kind debe ser 'standard' o 'min-max'; hay {got}",
    numbers: '{field} debe ser una lista no vacía de números finitos',
    lengths: '{first} y {second} tienen longitudes distintas',
    std: 'scaler.std debe ser positivo',
    max: 'scaler.max no puede ser menor que scaler.min',
  },
  data: {
    noSamples: 'datos {part}: se necesita al menos una muestra; hay m = {m}',
    xShape:
      'datos {part}: x debe ser de {m} × {inputs} (las entradas de la red); tiene {got} números',
    yShape:
      'datos {part}: y debe ser de {m} × {outputs} (las salidas de la red); tiene {got} números',
    input: 'datos {part}: fila {row}, entrada {column}: vale {got}',
    target: 'datos {part}: fila {row}, objetivo {column}: vale {got}',
  },
  config: {
    loss: 'función de pérdida desconocida: {got}',
    learningRate: 'la tasa de aprendizaje debe ser un número positivo; hay {got}',
    batchSize: 'el tamaño de lote debe ser un número entero ≥ 1; hay {got}',
    epochs: 'las épocas deben ser un número entero ≥ 1; hay {got}',
    seed: 'la semilla debe ser un número entero; hay {got}',
    patience: 'la paciencia de la parada temprana debe ser un número entero ≥ 1; hay {got}',
    optimizer: "optimizador desconocido: '{got}' (se conocen sgd y adam)",
    optimizerField: 'optimizador {optimizer}: {field} fuera de rango ({got})',
    schedule: "calendario de la tasa de aprendizaje desconocido: '{got}'",
    schedulePositive:
      "calendario de la tasa de aprendizaje '{schedule}': {field} debe ser positivo",
    scheduleGamma: "calendario de la tasa de aprendizaje '{schedule}': gamma debe estar en (0, 1]",
    scheduleEvery: "calendario de la tasa de aprendizaje '{schedule}': every debe ser ≥ 1",
  },
  command: {
    learningRate: 'la tasa de aprendizaje debe ser positiva; se pidió {got}',
    pace: 'la velocidad debe estar entre 0 y {max} épocas por segundo; se pidió {got}',
    rateUnreachable:
      "no se puede poner la tasa de aprendizaje en {got}: el calendario '{schedule}' ha llevado la tasa tan cerca de 0 que ya no se puede volver a subir",
  },
  run: {
    stopped: 'detenido por el usuario tras la época {epoch}',
    weightsInfinite:
      'los pesos se volvieron infinitos en la época {epoch}: prueba una tasa de aprendizaje menor (ahora {rate})',
    lossNotFinite:
      'la pérdida se volvió {loss} en la época {epoch} (lote {batch}): prueba una tasa de aprendizaje menor (ahora {rate})',
    earlyStopped:
      'la pérdida de validación no mejoró en {patience} épocas (la mejor, {best}, en la época {epoch})',
    earlyStoppedRestored:
      'la pérdida de validación no mejoró en {patience} épocas (la mejor, {best}, en la época {epoch}); se restauraron los pesos de la época {epoch}',
  },
};
