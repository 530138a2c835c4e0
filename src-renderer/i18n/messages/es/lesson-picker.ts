/** Elegir el archivo de una lección para importarla, en español. */
export default {
  choose: 'Elegir un archivo de lección…',
  failed: 'No se pudo abrir el cuadro de diálogo: {error}',
};
