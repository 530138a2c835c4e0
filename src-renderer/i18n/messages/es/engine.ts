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
  mp: {
    noInputs: 'red de McCulloch–Pitts: necesita al menos un nombre de entrada',
    noNodes: 'red de McCulloch–Pitts: necesita al menos un nodo',
    noOutputs: 'red de McCulloch–Pitts: necesita al menos una salida',
    name: 'red de McCulloch–Pitts: los nombres deben ser textos no vacíos',
    nameTwice: "red de McCulloch–Pitts: el nombre '{name}' se usa dos veces",
    sourceCount:
      "red de McCulloch–Pitts: el nodo '{node}' tiene {got} fuentes para {count} entradas de la unidad",
    unknownSource:
      "red de McCulloch–Pitts: el nodo '{node}' lee '{source}', que no es una entrada ni un nodo anterior",
    unknownOutput: "red de McCulloch–Pitts: la salida '{output}' no es una entrada ni un nodo",
    noNode: "red de McCulloch–Pitts: no hay ningún nodo '{node}'",
    weight: 'red de McCulloch–Pitts: el peso debe ser un número finito; hay {got}',
    layers: 'red por capas: necesita al menos una capa y ninguna capa vacía',
    unitInputs: 'unidad de McCulloch–Pitts: necesita al menos una entrada',
    unitMode: "unidad de McCulloch–Pitts: el modo debe ser 'weighted' o 'absolute'; hay '{got}'",
    inputIndex:
      'unidad de McCulloch–Pitts: el índice de entrada {index} está fuera del rango 0..{last}',
    inputKind:
      "unidad de McCulloch–Pitts: el tipo de la entrada {index} debe ser 'excitatory' o 'inhibitory'",
    inputWeight:
      'unidad de McCulloch–Pitts: el peso de la entrada {index} debe ser una magnitud finita ≥ 0 (el signo lo da el tipo); hay {got}',
    threshold: 'unidad de McCulloch–Pitts: el umbral debe ser un número finito; hay {got}',
    binaryCount: '{model}: se esperaban {count} entradas binarias; hay {got}',
    binaryValue: '{model}: la entrada {index} vale {got}; las entradas deben ser 0 o 1',
  },
  unit: {
    emptySet: '{model}: el conjunto de entrenamiento está vacío',
    targetCount: '{model}: {samples} muestras pero {targets} objetivos',
    sampleNotList: '{model}: la muestra {row} no es una lista de números',
    sampleLength: '{model}: la muestra {row} tiene {got} entradas; se esperaban {inputs}',
    sampleValue:
      '{model}: la entrada {column} de la muestra {row} vale {got}, que no es un número finito',
    targetValue: '{model}: el objetivo {row} vale {got}, que no es un número finito',
    targetBinary: '{model}: el objetivo {row} vale {got}; los objetivos binarios deben ser 0 o 1',
    targetBipolar:
      '{model}: el objetivo {row} vale {got}; los objetivos bipolares deben ser -1 o +1',
    oneSampleNotList: '{model}: la muestra no es una lista de números',
    oneSampleLength: '{model}: la muestra tiene {got} entradas; se esperaban {inputs}',
    oneSampleValue:
      '{model}: la entrada {column} de la muestra vale {got}, que no es un número finito',
    oneTargetValue: '{model}: el objetivo vale {got}, que no es un número finito',
    oneTargetBinary: '{model}: el objetivo vale {got}; los objetivos binarios deben ser 0 o 1',
    oneTargetBipolar: '{model}: el objetivo vale {got}; los objetivos bipolares deben ser -1 o +1',
    positiveInteger: '{model}: {name} debe ser un número entero positivo; hay {got}',
    learningRate: '{model}: la tasa de aprendizaje debe ser un número finito > 0; hay {got}',
    coding: "{model}: {name} debe ser 'binary' o 'bipolar'; hay '{got}'",
    uniformNeedsRng:
      "{model}: la inicialización 'uniform' necesita una semilla o un generador aleatorio",
    initRange: '{model}: initRange debe ser un número finito > 0; hay {got}',
    initialWeights:
      "{model}: los pesos iniciales deben ser 'zeros', 'uniform' o {count} números [w0 (sesgo), w1..w{inputs}]",
    initialWeight: '{model}: el peso inicial {index} vale {got}, que no es un número finito',
    shuffleNeedsRng: '{model}: barajar las muestras necesita una semilla o un generador aleatorio',
    tolerance: 'Adaline: la tolerancia debe ser un número ≥ 0; hay {got}',
    rateDecay: 'Adaline: learningRateDecay debe ser un número finito ≥ 0; hay {got}',
    madalineLogic: "Madaline: la lógica debe ser 'and', 'or' o 'majority'; hay '{got}'",
    madalineRate:
      'Madaline: la tasa de aprendizaje debe estar entre 0 y 2 (sin incluirlos); hay {got}',
    madalineInit: 'Madaline: init tiene {got} vectores de pesos para {count} Adalines',
    madalineRng:
      'Madaline: los pesos iniciales aleatorios necesitan una semilla o un generador aleatorio (o dar init)',
    singular:
      'mínimos cuadrados: XᵀX es singular (muy pocas muestras distintas o entradas colineales)',
    truthInputs: 'tabla de verdad: el número de entradas debe ir de 1 a {max}; hay {got}',
    decisionLine:
      'recta de decisión: necesita una unidad con 2 entradas (3 pesos); hay {got} pesos',
  },
  generator: {
    unknown: 'generador desconocido: {got} (se conocen: {known})',
    params: "generador '{generator}': los parámetros deben ser un objeto; hay {got}",
    unknownParam: "generador '{generator}': parámetro desconocido '{param}' (parámetros: {known})",
    integer:
      "generador '{generator}': {param} debe ser un número entero de {min} a {max}; hay {got}",
    number: "generador '{generator}': {param} debe ser un número de {min} a {max}; hay {got}",
  },
  value: {
    integer: '{where}: {name} debe ser un número entero de {min} a {max}; hay {got}',
    number: '{where}: {name} debe ser un número de {min} a {max}; hay {got}',
    finite: '{where}: {name} debe ser un número finito; hay {got}',
    dtype: "{where}: dtype debe ser 'float32' o 'float64'; hay {got}",
  },
};
