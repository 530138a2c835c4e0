/** Verdicts in Spanish of the checks on descent, gradients and training (see ../verdicts.ts). */
export default {
  batchLoss: {
    noBatch: 'La figura todavía no ha informado de su lote.',
    enterFirst:
      'Escribe tu número y pulsa «Mostrar»: la comprobación juzga lo que escribiste antes de que se mostrara.',
    lossPassed: 'J = {J}: la media del −ln ŷ de su propia clase en los {K} ejemplos.',
    sumHint: ' {sum} es la suma sobre el lote; J la promedia sobre los K = {K} ejemplos.',
    log10Hint: ' Eso es con un logaritmo en base 10; la entropía cruzada usa el natural.',
    lossHint: ' Cada ejemplo suma −ln de la salida de su propia clase; J es su media.',
    lossFailed:
      'Predijiste {predicted}; J es {J}.{hint} Pulsa «Nuevo lote» para intentarlo de nuevo.',
    what: '∂J/∂z{c} del ejemplo {k}',
    gradientPassed: '{what} = (ŷ − y)/K = {exact}.',
    timesKHint: ' {v} es ŷ − y; J es una media sobre K = {K}, así que divide entre K.',
    outputHint: ' Esa es la propia salida ŷ; el gradiente es ŷ − y, entre K.',
    signHint: ' El tamaño es correcto, el signo no: salida menos objetivo.',
    gradientFailed:
      'Predijiste {predicted}; {what} es {exact} (ŷ = {y}, y = {t}).{hint} Pulsa «Nuevo lote» para intentarlo de nuevo.',
  },
  delta: {
    noNetwork: 'La figura todavía no ha informado de su red.',
    notComputed: 'No se pudo calcular la red: {why}',
    name: 'δ de la capa {layer}, unidad {unit}',
    shownFirst:
      'El {name} se mostró antes de que lo predijeras. Pulsa «Nueva muestra» y predícelo antes de pulsar «Siguiente paso».',
    stepTo:
      'Avanza la pasada hacia atrás hasta el {name} y escribe tu predicción antes de pulsar «Siguiente paso».',
    sumHint: ' Esa es la suma Σ w δ sin el factor σ′(o) = a(1 − a) = {sigmaPrime}.',
    ruleHint:
      ' El δ de una unidad es σ′(o) = a(1 − a) de la unidad por la suma de sus pesos de salida por el δ de la capa siguiente.',
    failed:
      'Predijiste {said} para el {name}; es {exact}.{hint} Pulsa «Nueva muestra» para intentarlo de nuevo.',
    passed: 'Correcto: {shown}, predichos antes de mostrarse.',
  },
  descent: {
    noDescent: 'La figura todavía no ha informado de ningún descenso.',
  },
  descentEndsNear: {
    startFirst:
      'Empieza primero un descenso: haz clic en la gráfica o escribe un punto de partida.',
    fartherAway: 'Empieza más lejos: al menos a {distance} de {near}.',
    passed: 'Desde {start} el descenso termina en {end}.',
    left: 'se sale de la gráfica',
    ends: 'termina en {end}',
    failed: 'Desde {start} el descenso {where}, no cerca de {near}.',
  },
  descentReaches: {
    enterRate: 'Escribe una tasa de aprendizaje α mayor que 0.',
    passed: 'Con α = {rate}, J = {J} tras {k} pasos.',
    diverges: 'Con α = {rate} el descenso diverge: J crece sin límite.',
    failed: 'Con α = {rate}, J sigue en {J} tras {steps} pasos; debe bajar de {below}.',
  },
  earlyStop: {
    noRun: 'La figura todavía no ha informado de su entrenamiento.',
    patience: 'Pon como paciencia un número entero de épocas.',
    enterFirst:
      'Escribe las dos épocas y pulsa «Mostrar dónde se detiene»: la comprobación juzga lo que predijiste antes de que se mostrara.',
    notRepeated: 'No se pudo repetir el entrenamiento: {why}',
    passed:
      'Con paciencia {patience}, el entrenamiento se detiene tras la época {stop} y conserva los pesos de la época {kept}.',
    keeps:
      'conserva los pesos de la época {kept}, la de menor pérdida de validación antes de detenerse',
    notAtBest:
      'no se detiene en su mejor época: solo sabe que esa época fue la mejor tras {patience} épocas sin una pérdida menor, así que se detiene tras la época {stop}',
    stops: 'se detiene tras la época {stop}',
    failed: 'No es lo que ocurre: {hints}. Prueba otra paciencia y vuelve a predecir.',
  },
  gradient: {
    noGraph: 'La figura todavía no ha informado de su grafo.',
    notComputed: 'No se pudo calcular el grafo: {why}',
    noNode: "Este grafo no tiene ningún nodo '{node}'.",
    shownFirst:
      '{d} se mostró antes de que lo predijeras. Pulsa «Nueva muestra» para tener números nuevos y predícelo antes de pulsar «Siguiente paso».',
    stepTo:
      'Avanza la pasada hacia atrás hasta {d} y escribe tu predicción antes de pulsar «Siguiente paso».',
    sign: ' El tamaño era correcto, el signo no.',
    failed:
      'Predijiste {d} = {said}; es {exact}.{sign} Multiplica el gradiente del nodo que lo usa por la derivada local en esa arista (sumando sobre sus usos); pulsa «Nueva muestra» para intentarlo de nuevo.',
    passed:
      'Predicho antes de mostrarse: {shown}. | Los {n} gradientes, predichos antes de mostrarse: {shown}.',
  },
  gradientRatio: {
    moveZ: 'Mueve primero z.',
    at: 'En z = {z}, h = {h}: el gradiente de la entropía cruzada es {ratio} veces el del error cuadrático',
    wrongSide: '{at}. Busca donde la unidad se equivoca con seguridad: z al otro lado de 0.',
    passed: '{at}.',
    further: 've más lejos',
    back: 'vuelve hacia 0',
    failed: '{at}, no {ratio} veces: {way}.',
  },
  neuron: {
    noWeights: 'La figura todavía no ha informado de sus pesos.',
  },
  neuronGradient: {
    enter: 'Escribe un número para {name}.',
    passed: '{name} = {exact} con estos pesos.',
    signHint:
      ' El tamaño es correcto, pero el signo no: cada término es (h − t)·x, predicción menos objetivo.',
    sumHint: ' Esa es la suma; J es una media, así que divide entre m.',
    termsHint: ' Suma los términos (h(xⁱ) − tⁱ)·xⁱ y divide entre m.',
    failed: '{entered} no es {name}.{hint}',
  },
  neuronLoss: {
    passed: 'J(w) = {J}, por debajo de {below}.',
    failed:
      'J(w) = {J} todavía no está por debajo de {below}. Da más pasos de descenso del gradiente o usa un α mayor.',
  },
  neuronRate: {
    chooseRate: 'Elige una tasa de aprendizaje α mayor que 0.',
    noStart: 'La figura todavía no ha informado de sus pesos iniciales.',
    head: 'Con α = {rate}, {steps} pasos desde w = ({w0}) llevan J de {J0} a {J}',
    passed: '{head}, por debajo de {below}.',
    tooLarge: '{head}. Los pasos son demasiado grandes: {why}. Prueba un α menor.',
    saturates:
      'los pasos lanzan w₁ mucho más allá del ajuste (w₁ = {w1} tras {steps} pasos), la curva se vuelve tan empinada que la mayoría de los puntos quedan en sus colas planas (media de h(1 − h) = {slope}) y el gradiente casi desaparece',
    overshoots: 'los pesos se pasan de largo y J vuelve a subir',
    tooSmall:
      '{head}: todavía no por debajo de {below}. Los pasos son demasiado pequeños: cada gradiente lleva el factor h(1 − h) ≤ ¼ y se encoge con los errores, así que una sigmoide con el error cuadrático necesita un α mayor de lo que parece.',
  },
  saddle: {
    noSurface: 'La figura todavía no ha informado de su superficie.',
    none: 'Esta superficie no tiene ningún punto de silla que encontrar.',
    enter: 'Escribe la x₁ del punto de silla entre los dos valles.',
    minimum:
      '{x} es un mínimo, el fondo de un valle; el punto de silla está en la cresta entre ellos.',
    passed: 'El punto de silla está en ({x}; 0): ahí ∂f/∂x₁ = 0 sobre la cresta.',
    failed:
      '{x} no es: los descensos desde ({x}; 0) no se quedan quietos. Los que empiezan en x₂ = 0 justo a la izquierda del punto de silla acaban en el valle izquierdo; justo a su derecha, en el derecho.',
  },
  schedule: {
    noRuns: 'La figura todavía no ha informado de sus entrenamientos.',
    positive: 'c1 y c2 deben ser ambos números positivos.',
    passed:
      'Pérdida final {inverse} con c1 = {c1}, c2 = {c2}, frente a {constant} con α constante.',
    diverged:
      'Con c1 = {c1}, c2 = {c2}, la primera tasa c1/c2 = {first} es tan grande que el entrenamiento divergió.',
    failed:
      'La pérdida final {inverse} no está por debajo de {target} (con α constante termina en {constant}). La primera tasa es c1/c2 = {first}; la última, {last}.',
    lastEpoch:
      'En la última época la pérdida promedia {mine} ({excess} por encima del mínimo de mínimos cuadrados {floor}); la mejor tasa constante, α = {rate}, promedia {best} ({bestExcess} por encima).',
    notEnough:
      '{said} La tarea pide como mucho {atMost} el exceso de la mejor constante. Tu tasa va de {first} a {last}: {why}.',
    half: 'la mitad de',
    times: '{factor} veces',
    startsLow: 'empieza por debajo de la mejor tasa constante, así que los pesos llegan tarde',
    shape: 'debe ser aún lo bastante grande al principio y lo bastante pequeña al final',
  },
  softmax: {
    enter: 'Escribe {n} puntuaciones.',
    keep: 'Deja la puntuación {k} en {v}; cambia las demás.',
    passed: 'softmax([{scores}]) = [{p}].',
    failed: 'softmax da [{p}]; el objetivo es [{target}].',
  },
  update: {
    noSteps: 'La figura todavía no ha informado de sus pasos.',
    notReplayed: 'No se pudo repetir un paso: {why}',
    enterFirst:
      'Escribe la actualización que esperas, Δw = α·x·(t − y), antes de pulsar Paso: la comprobación juzga las predicciones hechas antes del paso.',
    step: 'el paso {n}, predicho',
    steps: 'los pasos {from} a {to}, predichos',
    wholeEpoch: ', una época entera',
    passed: 'Correcto: {steps} antes de ocurrir{epoch}.',
    adalineHint:
      ' Eso es lo que haría el perceptrón con una muestra que ya está en su lado; Adaline sigue moviéndose α·x·(t − y) con la salida real y.',
    onSideHint: ' La muestra ya estaba en su lado, así que t − y = 0.',
    valuesHint: ' Ahí y = {y} y t = {t}.',
    failed: 'En el paso {n} predijiste {predicted}; la actualización fue {update}.{hint}',
    needsCount: '{count} aciertos seguidos',
    needsNonZero: 'al menos uno que mueva los pesos',
    needsOnSide:
      'uno con una muestra que ya está en su lado (el signo de y es igual a t) cuya actualización aún no es cero',
    needsEpoch: 'una época entera, las {n} muestras desde la primera',
    keepGoing: 'El paso {n} se predijo bien. Sigue: la tarea necesita {needs}.',
  },
  updatesCount: {
    enter: 'Escribe el número de actualizaciones de los pesos.',
    passed: '{batches} lotes por época × {epochs} épocas = {exact} actualizaciones.',
    lastBatch: '{entered} olvida el último lote, más pequeño: {m}/{K} no es entero.',
    oneEpoch: '{entered} es una época; la pregunta pide {epochs}.',
    wrong:
      '{entered} no es. Cada época divide las m muestras en lotes de K, una actualización por lote.',
  },
};
