/** Nombres de los conjuntos de datos generados y de sus clases (véase ../en/dataset-names.ts). */
export default {
  withParams: '{label} ({params})',
  param: '{name} {value}',
  // la coma es el signo decimal: "ruido 0,1; muestras 500"
  separator: '; ',
  class: {
    outside: 'fuera',
    inside: 'dentro',
    blobA: 'mancha A',
    blobB: 'mancha B',
    upperMoon: 'luna superior',
    lowerMoon: 'luna inferior',
    spiralA: 'espiral A',
    spiralB: 'espiral B',
    oppositeSigns: 'signos opuestos',
    sameSign: 'mismo signo',
  },
};
