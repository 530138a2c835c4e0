/**
 * The names main gives the datasets it draws from a built-in generator, and the generators'
 * named classes, as the interface shows them (data/dataset-name-text.ts). `class` is keyed by
 * the engine's class ids (src-engine/data/class-names.ts).
 */
export default {
  withParams: '{label} ({params})',
  param: '{name} {value}',
  separator: ', ',
  class: {
    outside: 'outside',
    inside: 'inside',
    blobA: 'blob A',
    blobB: 'blob B',
    upperMoon: 'upper moon',
    lowerMoon: 'lower moon',
    spiralA: 'spiral A',
    spiralB: 'spiral B',
    oppositeSigns: 'opposite signs',
    sameSign: 'same sign',
  },
};
