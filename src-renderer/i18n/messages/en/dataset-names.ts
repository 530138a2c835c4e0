/**
 * The names main gives the datasets it draws from a built-in generator, and the engine's class
 * names, as the interface shows them (data/dataset-name-text.ts). The class names here are the
 * engine's own words: a stored class name is recognised by being equal to one of them.
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
