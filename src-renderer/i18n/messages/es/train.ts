/** The Train view's words in Spanish: settings, run controls, progress, live views, results. */
export default {
  view: {
    title: 'Entrenar',
    what: 'Red {architecture} sobre {dataset}',
    derived: '(con {n} entrada derivada) | (con {n} entradas derivadas)',
    storedRun: 'ejecución guardada',
    emptyLabel: 'Aún no hay nada que entrenar',
    empty:
      'Aún no hay nada que entrenar. Empieza en la vista Bienvenida: «Probar XOR» prepara un experimento listo para usar.',
    goWelcome: 'Ir a Bienvenida',
    settings: 'Ajustes',
    run: 'Ejecución',
    stage: 'Entradas, red y salida',
    inputs: 'Entradas',
    network: 'Red',
    output: 'Salida',
    failed: 'La ejecución ha fallado',
    crashed: 'El entrenador se ha bloqueado',
    because: '{what}: {reason}.',
    sentence: '{what}.',
    stoppedEarly: 'Detenido antes de tiempo en la época {epoch} de {total}: {reason}.',
    stoppedBecause: 'Detenido: {reason}.',
    stoppedByHand: 'Detenido a mano.',
  },
};
