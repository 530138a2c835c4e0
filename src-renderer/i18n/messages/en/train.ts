/** The Train view's words in English: settings, run controls, progress, live views, results. */
export default {
  view: {
    title: 'Train',
    what: '{architecture} network on {dataset}',
    derived: '(with {n} derived input) | (with {n} derived inputs)',
    storedRun: 'stored run',
    emptyLabel: 'Nothing to train yet',
    empty:
      'Nothing to train yet. Start from the Welcome view: “Try XOR” sets up a ready-made experiment.',
    goWelcome: 'Go to Welcome',
    settings: 'Settings',
    run: 'Run',
    stage: 'Inputs, network and output',
    inputs: 'Inputs',
    network: 'Network',
    output: 'Output',
    failed: 'The run failed',
    crashed: 'The trainer crashed',
    because: '{what}: {reason}.',
    sentence: '{what}.',
    stoppedEarly: 'Stopped early at epoch {epoch} of {total}: {reason}.',
    stoppedBecause: 'Stopped: {reason}.',
    stoppedByHand: 'Stopped by hand.',
  },
};
