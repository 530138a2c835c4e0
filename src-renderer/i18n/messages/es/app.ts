/** The app shell's words in Spanish: navigation and theme. */
export default {
  nav: {
    welcome: 'Bienvenida',
    data: 'Datos',
    design: 'Diseño',
    train: 'Entrenar',
    experiments: 'Experimentos',
    labs: 'Prácticas',
  },
};
