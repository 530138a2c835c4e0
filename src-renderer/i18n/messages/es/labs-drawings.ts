/** Las palabras de las gráficas, los planos y los dibujos de redes de las prácticas en español (ejes, leyendas, textos alternativos). */
export default {
  lineChart: {
    series: '{name}: {n} puntos, el último {value} en {x} {at}',
    empty: '{name}: aún sin datos',
  },
  curveChart: {
    logScale: '{label} (escala logarítmica)',
    logName: '{name} (log)',
    series: '{name}: de {first} en {x} {firstAt} a {last} en {x} {lastAt}',
    noValues: '{name}: ningún valor finito',
  },
  neuronPlot: {
    description:
      'ningún punto | un punto y la curva de la neurona h(x). {points} | {n} puntos y la curva de la neurona h(x). {points}',
    point: 'x = {x}: objetivo {t}, salida {h}',
    curve: 'h(x) = σ(w₀ + w₁x), línea continua',
    errors: 'discontinua: h(xⁱ) − tⁱ',
  },
  costContour: {
    description:
      '{label}. Curvas de nivel de J alrededor de su mínimo en w₀ = {w0}, w₁ = {w1}, J = {cost}. {paths}.',
    path: '{name}: {steps} pasos, ahora en w₀ = {w0}, w₁ = {w1}, J = {cost}',
  },
  surfacePlot: {
    marks: '○ mínimo, ✕ punto de silla',
    marksHidden: '○ mínimo (el punto de silla queda sin marcar)',
    hint: '{marks}; cuanto más intenso el sombreado, mayor es f, y cada línea fina une puntos de igual f (una curva de nivel). Haz clic para empezar un descenso.',
  },
  regressionFit: {
    label: 'Las {n} muestras y la recta h(x) = {w0} + {w1}·x',
  },
  mpDiagram: {
    label: 'Diagrama de la red: {units}',
    unit: 'unidad {id}: {inputs}, umbral {theta}, inhibición {mode}',
    input: '{source} con peso {w}',
    weighted: 'ponderada',
    absolute: 'absoluta',
    veto: '{id} (veto)',
  },
  truthTable: {
    caption: 'Tabla de verdad',
  },
  backprop: {
    grad: 'grad {value}',
    pending: 'grad ?',
  },
  delta: {
    label: 'Una red sigmoide {architecture} con x = ({x}) y objetivo y = {y}. {units}',
    unit: 'capa {l}, unidad {j}: {state}',
    activation: 'a = {a}',
    notComputed: 'sin calcular',
    delta: '{state}, δ = {delta}',
    target: 'objetivo y = {y}',
  },
};
