/** The app shell's words in Spanish: navigation, top bar, theme, shortcuts, host, Welcome. */
export default {
  nav: {
    label: 'Vistas',
    welcome: 'Bienvenida',
    data: 'Datos',
    design: 'Diseño',
    train: 'Entrenar',
    experiments: 'Experimentos',
    labs: 'Prácticas',
  },
  skip: 'Saltar a la vista',
  host: {
    desktop: 'Funcionando en la aplicación de escritorio {version}.',
    browser: 'Funcionando en el navegador, servidor local.',
  },
  topBar: {
    shortcuts: 'Atajos de teclado',
    settings: 'Ajustes',
  },
  theme: {
    legend: 'Tema',
    light: 'Claro',
    dark: 'Oscuro',
    system: 'Sistema',
  },
  shortcuts: {
    title: 'Atajos de teclado',
    keys: 'Teclas',
    what: 'Qué hacen',
    show: 'Mostrar {view}',
    play: 'Entrenar: iniciar, pausar o reanudar (cuando ningún botón ni campo tiene el foco)',
    undo: 'Diseño: deshacer',
    redo: 'Diseño: rehacer',
    move: 'Moverse entre las vistas de la navegación, o entre los bloques de un diseño',
    help: 'Mostrar esta lista',
    close: 'Cerrar esta lista',
  },
  settingsReset:
    'Algunos ajustes no se pudieron usar y se restablecieron a sus valores predeterminados.',
  welcome: {
    title: 'Bienvenido a Neuron Lab',
    intro:
      'Un banco de trabajo para ver cómo aprenden las redes neuronales. Elige un conjunto de datos, da forma a una red, pulsa «play» y observa cómo baja la pérdida y se curva la frontera de decisión, paso a paso, en tu propio ordenador. Nada aquí necesita internet.',
    xorTitle: 'Empieza con XOR',
    xorText:
      'Puntos en cuatro cuadrantes: una clase donde x₁ y x₂ tienen el mismo signo y otra donde difieren, así que ninguna recta puede separarlas. Una red pequeña con cuatro unidades tanh en la capa oculta aprende a distinguirlas en pocos segundos.',
    tryXor: 'Probar XOR',
    preparing: 'Preparando…',
    datasets: 'Conjuntos de datos incluidos',
    loading: 'Cargando los conjuntos de datos…',
    name: 'Nombre',
    task: 'Tarea',
    rows: 'Filas',
    description: 'Descripción',
    open: 'Abrir {name} en Datos',
    adjustable: '(ajustable)',
    tasks: { classification: 'clasificación', regression: 'regresión' },
    listFailed: 'No se pudieron listar los conjuntos de datos incluidos: {why}',
    makeFailed: 'No se pudo crear el conjunto de datos XOR: {why}',
    prepareFailed: 'No se pudo preparar el experimento XOR: {why}',
  },
};
