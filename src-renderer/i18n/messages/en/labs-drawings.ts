/** The words of the labs' charts, plots and network drawings in English (axes, keys, text alternatives). */
export default {
  lineChart: {
    series: '{name}: {n} points, last {value} at {x} {at}',
    empty: '{name}: no data yet',
  },
  curveChart: {
    logScale: '{label} (log scale)',
    logName: '{name} (log)',
    series: '{name}: from {first} at {x} {firstAt} to {last} at {x} {lastAt}',
    noValues: '{name}: no finite values',
  },
  neuronPlot: {
    description:
      "no points | one point and the neuron's curve h(x). {points} | {n} points and the neuron's curve h(x). {points}",
    point: 'x = {x}: target {t}, output {h}',
    curve: 'h(x) = σ(w₀ + w₁x), solid line',
    errors: 'dashed: h(xⁱ) − tⁱ',
  },
  costContour: {
    description:
      '{label}. Contours of J around its minimum at w₀ = {w0}, w₁ = {w1}, J = {cost}. {paths}.',
    path: '{name}: {steps} steps, now at w₀ = {w0}, w₁ = {w1}, J = {cost}',
  },
  surfacePlot: {
    marks: '○ minimum, ✕ saddle point',
    marksHidden: '○ minimum (the saddle point is left unmarked)',
    hint: '{marks}; the stronger the shading, the higher f, and each thin line joins points of equal f (a contour). Click to start a descent.',
  },
  regressionFit: {
    label: 'The {n} samples and the line h(x) = {w0} + {w1}·x',
  },
  mpDiagram: {
    label: 'Network diagram: {units}',
    unit: 'unit {id}: {inputs}, threshold {theta}, {mode} inhibition',
    input: '{source} weight {w}',
    weighted: 'weighted',
    absolute: 'absolute',
    veto: '{id} (veto)',
  },
  truthTable: {
    caption: 'Truth table',
  },
  backprop: {
    grad: 'grad {value}',
    pending: 'grad ?',
  },
  delta: {
    label: 'A {architecture} sigmoid network on x = ({x}), target y = {y}. {units}',
    unit: 'layer {l}, unit {j}: {state}',
    activation: 'a = {a}',
    notComputed: 'not computed',
    delta: '{state}, δ = {delta}',
    target: 'target y = {y}',
  },
};
