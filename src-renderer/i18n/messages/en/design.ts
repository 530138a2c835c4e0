/** The Design view's words in English: blocks, their settings, trying a unit, saving. */
export default {
  view: {
    title: 'Design',
    sizesFollow: 'Sizes follow {name}: {inputs}, {outputs}.',
    inputs: '{n} input | {n} inputs',
    targets: '{n} target | {n} targets',
    classes: '{n} class | {n} classes',
    noData: 'No dataset chosen: the input and output sizes are yours to set.',
    added: '{kind} added at position {at} of {count}.',
    undone: 'Undone.',
    redone: 'Redone.',
  },
};
