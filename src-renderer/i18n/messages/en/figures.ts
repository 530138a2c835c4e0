/** Words the lab figures share (the learning-rate note, the prediction buttons). */
export default {
  truthTable: 'Truth table',
  neverFires: 'never fires (0)',
  alwaysFires: 'always fires (1)',
  yourPrediction: 'Your prediction',
  rateFallback:
    'The learning rate must be a number above 0; the lab’s α = {rate} is used meanwhile.',
};
