/** The app shell's words in English: navigation and theme. */
export default {
  nav: {
    welcome: 'Welcome',
    data: 'Data',
    design: 'Design',
    train: 'Train',
    experiments: 'Experiments',
    labs: 'Labs',
  },
};
