/** Por qué no se cambió un ajuste (see ../../en/errors/settings.ts). */
export default {
  notSaved: 'no se pudo escribir el archivo de ajustes: {why}',
  folderFixedAtStart:
    'la carpeta de datos se elige al iniciar el laboratorio (--data-dir); aquí no se puede cambiar.',
  notFullPath: '{folder} no es una ruta completa: indica la ruta entera de la carpeta.',
  folderUnusable:
    '{folder} no puede contener la base de datos: {why}. Elige una carpeta en la que puedas escribir.',
};
