/** Avisos que comparten las figuras de las prácticas (composables/use-learning-rate.ts). */
export default {
  rateFallback:
    'La tasa de aprendizaje debe ser un número mayor que 0; mientras tanto se usa la de la práctica, α = {rate}.',
};
