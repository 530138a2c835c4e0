/** The guided labs' chrome in English: buttons, labels, readouts, feedback (not lesson text). */
export default {
  common: {
    learningRate: 'Learning rate α',
    reset: 'Reset',
    step: 'Step',
  },
  plane: {
    point: '({x1}, {x2}) class {t}',
    line: '{label}: {a}·x1 + {b}·x2 + {c} = 0',
    lineShaded: ', shaded where it is ≥ 0',
    lineNormal: ', weight vector ({a}, {b}) drawn',
    region: ' Shaded: {label}.',
    description: '{label}. Points: {points}. {lines}{region}',
    noPoints: 'none',
    noLine: 'No line yet.',
  },
  regionPlane: {
    inside: 'belongs inside',
    outside: 'belongs outside',
    fires: 'where y fires',
  },
};
