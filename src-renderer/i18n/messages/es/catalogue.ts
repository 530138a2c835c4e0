/** The built-in datasets' names, descriptions and parameters in Spanish (see ../en/catalogue.ts). */
export default {
  circle: { label: 'Círculo', description: 'un disco dentro de un anillo' },
  xor: {
    label: 'O exclusivo',
    description: 'cuatro cuadrantes, mismo signo frente a signo opuesto',
  },
  gaussian: { label: 'Gaussiana', description: 'dos manchas redondas' },
  spiral: { label: 'Espiral', description: 'dos espirales entrelazadas' },
  moons: { label: 'Lunas', description: 'dos medias lunas entrelazadas' },
  blobs: {
    label: 'Manchas (k clases)',
    description: 'k manchas gaussianas con objetivos one-hot',
  },
  and: { label: 'AND', description: 'la tabla de verdad de AND' },
  or: { label: 'OR', description: 'la tabla de verdad de OR' },
  not: { label: 'NOT', description: 'la tabla de verdad de NOT' },
  'xor-gate': { label: 'XOR', description: 'la tabla de verdad de XOR' },
  plane: { label: 'Plano', description: 'el objetivo crece linealmente con x1 + x2' },
  'multi-gaussian': { label: 'Multigaussiana', description: 'seis picos y hoyos' },
  line: {
    label: 'Recta con ruido',
    description: 'puntos dispersos en torno a y = pendiente · x + ordenada en el origen',
  },
  sine: { label: 'Curva seno', description: 'un periodo de sen x' },
  iris: {
    label: 'Flores iris',
    description: '150 flores iris: largo y ancho del sépalo y del pétalo en cm, tres especies',
  },
  mnist: {
    label: 'Dígitos manuscritos (MNIST)',
    description:
      'dígitos manuscritos del 0 al 9 como imágenes en gris de 28 × 28 (784 entradas de píxel en [0, 1])',
  },
  param: {
    count: { label: 'Muestras', description: 'número de puntos generados' },
    seed: { label: 'Semilla', description: 'misma semilla, mismos datos' },
    noise: { label: 'Ruido' },
    classes: { label: 'Clases', description: 'número de clases' },
    slope: { label: 'Pendiente', description: 'pendiente de la recta verdadera' },
    intercept: {
      label: 'Ordenada en el origen',
      description: 'valor de la recta verdadera en x = 0',
    },
  },
  help: {
    circle: {
      noise:
        'fracción del ancho de la gráfica en la que se difuminan las etiquetas cerca de la frontera',
    },
    xor: {
      noise:
        'fracción del ancho de la gráfica en la que se difuminan las etiquetas cerca de la frontera',
    },
    gaussian: { noise: 'ensancha las dos manchas' },
    spiral: { noise: 'desviación respecto a los brazos de la espiral' },
    moons: { noise: 'dispersión en torno a cada arco, como fracción de su radio' },
    blobs: { noise: 'ensancha cada mancha' },
    plane: { noise: 'fracción del ancho de la gráfica en la que se difuminan los objetivos' },
    'multi-gaussian': {
      noise: 'fracción del ancho de la gráfica en la que se difuminan los objetivos',
    },
    line: { noise: 'desviación típica de la dispersión, en unidades de y' },
    sine: { noise: 'desviación típica de la dispersión, en unidades de y' },
    mnist: {
      count: 'número de imágenes; cualquier cantidad tiene más o menos las mismas de cada dígito',
    },
  },
  /** a parameter's label that differs for one dataset: `<dataset>.<parameter>` */
  relabel: { mnist: { count: 'Imágenes' } },
};
