/** The Design view's words in Spanish: blocks, their settings, trying a unit, saving. */
export default {
  view: {
    title: 'Diseño',
    sizesFollow: 'Los tamaños siguen a {name}: {inputs}, {outputs}.',
    inputs: '{n} entrada | {n} entradas',
    targets: '{n} objetivo | {n} objetivos',
    classes: '{n} clase | {n} clases',
    noData: 'Ningún conjunto de datos elegido: los tamaños de entrada y salida los fijas tú.',
    added: 'Se ha añadido {kind} en la posición {at} de {count}.',
    undone: 'Deshecho.',
    redone: 'Rehecho.',
  },
};
