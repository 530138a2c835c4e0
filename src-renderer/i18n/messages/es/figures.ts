/** Palabras que comparten las figuras de las prácticas (el aviso de la tasa, los botones de la predicción). */
export default {
  neverFires: 'nunca se activa (0)',
  alwaysFires: 'siempre se activa (1)',
  truthTable: 'Tabla de verdad',
  yourPrediction: 'Tu predicción',
  rateFallback:
    'La tasa de aprendizaje debe ser un número mayor que 0; mientras tanto se usa la de la práctica, α = {rate}.',
};
