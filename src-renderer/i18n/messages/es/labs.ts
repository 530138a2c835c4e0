/** La interfaz de los laboratorios guiados en español: botones, etiquetas, lecturas y avisos (no el texto de las lecciones). */
export default {
  common: {
    learningRate: 'Tasa de aprendizaje α',
    reset: 'Reiniciar',
    step: 'Paso',
  },
  plane: {
    point: '({x1}, {x2}) clase {t}',
    line: '{label}: {a}·x1 + {b}·x2 + {c} = 0',
    lineShaded: ', sombreada donde es ≥ 0',
    lineNormal: ', con el vector de pesos ({a}, {b}) dibujado',
    region: ' Sombreado: {label}.',
    description: '{label}. Puntos: {points}. {lines}{region}',
    noPoints: 'ninguno',
    noLine: 'Aún no hay recta.',
  },
  regionPlane: {
    inside: 'va dentro',
    outside: 'va fuera',
    fires: 'donde y se activa',
  },
};
