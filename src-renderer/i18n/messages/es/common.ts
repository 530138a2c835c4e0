/** Words many parts of the app share, in Spanish. */
export default {
  dismiss: 'Descartar',
  close: 'Cerrar',
  cancel: 'Cancelar',
  save: 'Guardar',
  saving: 'Guardando…',
  saved: 'Guardado.',
  loading: 'Cargando…',
  error: 'Error: {message}',
};
