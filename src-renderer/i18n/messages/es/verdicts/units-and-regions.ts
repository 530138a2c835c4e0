/** Verdicts in Spanish of the checks on units, networks and regions (see ../verdicts.ts). */
export default {
  activationDerivative: {
    chooseX: 'Elige primero una x.',
    showFirst: 'Muestra primero {f}: la gráfica muestra {shown}.',
    at: 'En x = {x}, {f}′(x) = {d}',
    neverEquals: '{f}′ nunca vale {target} para x > 0.',
    positiveSide: '{at}: busca en el lado positivo, x > 0.',
    fallsTo: '{at}: ahí es donde baja a {target} (x ≈ {root}).',
    stillAbove: '{at}, todavía por encima de {target}: ve más lejos.',
    alreadyBelow: '{at}, ya por debajo de {target}: vuelve hacia 0.',
    belowPass: '{at}: por debajo de {bound}, el gradiente casi ha desaparecido.',
    belowFail: '{at}, todavía no por debajo de {bound}: aleja x de 0.',
    abovePass: '{at}: por encima de {bound}.',
    aboveFail: '{at}, no por encima de {bound}.',
  },
  activationsChosen: {
    gives: {
      linear: 'cualquier número real',
      relu: 'solo números mayores o iguales que 0',
      sigmoid: 'un número entre 0 y 1 (una probabilidad)',
      softmax: 'números entre 0 y 1 que suman 1 (una distribución sobre las salidas)',
    },
    mse: 'un error cuadrático medio de {v}',
    right: 'un {v} % de aciertos',
    noChoices: 'La figura todavía no ha informado de sus elecciones.',
    unknownTask: "Esta comprobación no conoce ninguna tarea '{id}'.",
    chooseBoth: 'Elige las dos funciones de activación para «{task}».',
    wrongOutput: 'Para «{task}», una salida {output} da {gives}; la tarea necesita {needs}.',
    refused: 'Para «{task}»: {why}.',
    notReached:
      'Para «{task}», la red con unidades ocultas {hidden} alcanza {measure}, no el objetivo. {hint}',
    linearHidden:
      'Las unidades ocultas lineales no añaden nada que una sola capa lineal no pueda hacer: toda la red sigue siendo una única aplicación lineal.',
    otherHidden: 'Prueba otra función de activación oculta.',
    pair: 'salida {output}, oculta {hidden}',
    passed: 'Correcto en las {n} tareas: {chosen}.',
  },
  adaline: {
    noWeights: 'Entrena primero el Adaline: todavía no hay pesos que comprobar.',
    noLeastSquares: 'La recta de mínimos cuadrados no existe para estos puntos: {why}',
    notThere:
      'Todavía no: un peso está aún a {gap} de los pesos de mínimos cuadrados (se admite {tolerance}). Entrena más épocas o baja α.',
    passed:
      'Correcto: cada peso está a menos de {tolerance} de la solución de mínimos cuadrados [{best}].',
  },
  firing: {
    noNeuron: 'La figura todavía no ha informado de su neurona.',
    tickFirst:
      'Marca los patrones que esperas que disparen y pulsa «Mostrar cuáles disparan»: la comprobación juzga la predicción hecha antes de mostrarse.',
    doesNotFit: 'La predicción no corresponde a esta neurona.',
    passed: 'Correcto en los {n} patrones: dispara en {on} de ellos.',
    failed:
      '{wrong} de {n} patrones están mal. En cada uno, suma las intensidades de las sinapsis excitadoras activas, resta las de las inhibidoras activas y compara con el umbral. Pulsa «Nueva neurona» para predecir de nuevo.',
  },
  madaline: {
    noWeights: 'Entrena primero la MADALINE: todavía no hay pesos que comprobar.',
    invalid: 'La MADALINE no es válida: {why}',
    misclassified:
      '{wrong} de {n} puntos siguen mal clasificados: entrena más épocas o prueba otra semilla.',
    predictOr:
      'Clasifica todos los puntos. Ahora predice qué diría una unidad OR sobre los mismos dos Adalines en cada punto y pulsa «Mostrar el OR».',
    orWrong:
      'Tu predicción del OR falla en {wrong} de {n} puntos. Un punto es +1 para OR en cuanto está en el lado +1 de cualquiera de las dos rectas; vuelve a entrenar (o reinicia) y predice de nuevo.',
    orPassed: 'Correcto: AND clasifica los {n} puntos y has predicho el OR de los mismos Adalines.',
    passed: 'Correcto: los {units} Adalines y la unidad {logic} clasifican los {n} puntos.',
  },
  network: {
    trainFirst: 'Entrena primero la red.',
    invalid: 'La red no es válida: {why}',
    inputs: 'La red tiene {inputs} entradas; la tabla necesita {n}.',
    row: '({x}) da {got}, se quería {want}',
    wrong:
      '{wrong} de {n} filas están mal: {rows}. Entrena más tiempo o prueba otra semilla (un entrenamiento puede atascarse en un mínimo local).',
    nameHidden:
      'La red calcula la tabla. Ahora léela: di qué función calcula cada unidad oculta (calcula la salida de cada unidad en las cuatro filas a partir de sus pesos y su recta).',
    hiddenWrong:
      'Al menos una unidad oculta calcula otra cosa: en cada fila, ¿su suma ponderada w·x + b está por encima de 0 (la unidad se activa) o por debajo?',
    hiddenPassed:
      'Correcto: las salidas redondeadas dan la tabla y las unidades ocultas calculan {names}.',
    passed: 'Correcto: las salidas de la red redondeadas dan la tabla en las {n} filas.',
  },
  neverSettles: {
    runFirst: 'Ejecuta primero el perceptrón.',
    runMore:
      'Has ejecutado {epochs} épocas; ejecuta al menos {min} para ver que nunca se estabiliza. | Has ejecutado {epochs} época; ejecuta al menos {min} para ver que nunca se estabiliza. | Has ejecutado {epochs} épocas; ejecuta al menos {min} para ver que nunca se estabiliza.',
    learned:
      'Esta tabla se aprendió en la época {epoch}: es linealmente separable, así que no puede mostrar el fallo.',
    passed:
      'Correcto: tras {epochs} épocas, cada época seguía teniendo {errors} errores o más; ninguna recta separa XOR, así que los pesos nunca pueden estabilizarse.',
  },
  separates: {
    noPerceptron: 'Todavía no hay ningún perceptrón entrenado que comprobar.',
    short:
      'la clase {c} tiene {n} puntos, añade al menos {more} más | la clase {c} tiene {n} punto, añade al menos {more} más | la clase {c} tiene {n} puntos, añade al menos {more} más',
    wrong:
      '{wrong} de {n} puntos siguen en el lado equivocado de la recta: sigue dando pasos o ejecuta hasta converger.',
    passed: 'Correcto: la recta separa los {n} puntos.',
  },
  percent: '{v} %',
  regionAccuracy: {
    oneHidden: 'La red debe tener exactamente una capa oculta.',
    tooMany: 'Tiene {hidden} unidades ocultas; usa como mucho {max}.',
    notEvaluated: 'No se pudo evaluar la red: {why}',
    tooLow:
      'Clasifica bien el {accuracy} de los puntos; la tarea pide un {min}. Prueba más unidades ocultas u otra semilla.',
    notSmallest:
      '{hidden} unidades ocultas clasifican bien el {accuracy}: suficiente, pero la tarea pide la red más pequeña que lo consiga. Prueba con menos.',
    wrongReason:
      'La red es correcta ({hidden} unidades, {accuracy}), pero ese no es el motivo por el que menos unidades no bastan. Fíjate en las formas que pueden hacer menos rectas y en la forma de la región.',
    askReason:
      'La red es correcta ({hidden} unidades, {accuracy}); ahora responde a la pregunta: ¿por qué no bastan menos unidades?',
    passed:
      'Correcto: {hidden} unidades ocultas clasifican bien el {accuracy} de los puntos. | Correcto: {hidden} unidad oculta clasifica bien el {accuracy} de los puntos. | Correcto: {hidden} unidades ocultas clasifican bien el {accuracy} de los puntos.',
  },
  regionSeparates: {
    combine: { and: 'AND', or: 'OR', 'or-of-and': 'OR de ANDs' },
    noRegion: 'Todavía no hay ninguna región que comprobar.',
    incomplete: 'Las unidades no están completas: {problem}.',
    chooseCombine: 'Elige cómo combina las unidades la unidad de salida.',
    asks: 'Esta tarea pide una salida {combine}.',
    outside: '{p} está fuera',
    inside: '{p} está dentro',
    wrong: '{wrong} de {n} puntos están en el lado equivocado: {shown}.',
    passed:
      'Correcto: {n} semiplanos combinados con {combine} contienen todos los puntos de dentro y ninguno de fuera. | Correcto: {n} semiplano combinado con {combine} contiene todos los puntos de dentro y ninguno de fuera. | Correcto: {n} semiplanos combinados con {combine} contienen todos los puntos de dentro y ninguno de fuera.',
  },
  truthTable: {
    noCircuit: 'Todavía no hay ningún circuito que comprobar.',
    invalid: 'El circuito no es válido: {why}',
    inputs: 'El circuito tiene {inputs} entradas; esta tabla necesita {n}.',
    onlyChange:
      'Has cambiado la unidad {units}; esta tarea solo permite cambiar {allowed}. Pulsa «Restablecer las unidades» e inténtalo de nuevo.',
    inhibition: { weighted: 'ponderada', absolute: 'absoluta' },
    mode: 'La unidad {id} usa inhibición {mode}; esta tarea pide inhibición {wanted}.',
    row: 'con {at} da {got}, la tabla pide {want}',
    passed: 'Correcto: las {n} filas de la tabla de verdad coinciden.',
    wrong: '{wrong} de {n} filas están mal: {rows}.',
  },
  timeline: {
    chooseAll: 'Elige un acontecimiento para cada problema.',
    open: '{open} de {n} problemas aún no tienen acontecimiento elegido.',
    wrong:
      '{wrong} de {n} emparejamientos no son correctos. Para cada problema, busca el trabajo que lo resolvió, no solo una fecha cercana.',
    passed: 'Correcto: los {n} problemas emparejados con el trabajo que los resolvió.',
  },
  topology: {
    runFirst: 'Ejecuta primero las pruebas.',
    tooFew:
      '{n} pruebas han terminado con una pérdida de validación; ejecuta al menos {min}. | {n} prueba ha terminado con una pérdida de validación; ejecuta al menos {min}. | {n} pruebas han terminado con una pérdida de validación; ejecuta al menos {min}.',
    pick: 'Elige primero una de las topologías.',
    notLowest:
      '{chosen} tiene una pérdida de validación de {loss}, pero {best} tiene una menor ({bestLoss}).{fixed}',
    fixed:
      ' Tu elección queda fijada ahora que se ha mirado el conjunto de prueba: entrena nuevas ejecuciones para volver a elegir.',
    reveal:
      '{chosen} tiene la menor pérdida de validación. Ahora revela su resultado de prueba, una sola vez: ese es el número que hay que comunicar.',
    wrongReason:
      'Tu elección es correcta, pero ese no es el motivo por el que el conjunto de prueba no puede elegir: piensa qué mediría entonces su resultado.',
    askReason:
      'Tu elección es correcta; ahora responde a la pregunta: ¿por qué el conjunto de prueba no puede elegir entre las topologías?',
    passed:
      'Correcto: {chosen} tiene la menor pérdida de validación, {loss}, de las {n} topologías.',
  },
};
