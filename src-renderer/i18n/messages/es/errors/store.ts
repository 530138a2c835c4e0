/** The experiment store's refusals, in Spanish (see ../../en/errors/store.ts). */
export default {
  notFound: {
    dataset: 'el conjunto de datos {id} no existe',
    design: 'el diseño {id} no existe',
    experiment: 'el experimento {id} no existe',
    userLab: 'la práctica de usuario {id} no existe',
    lab: 'la práctica {id} no existe',
  },
  needsName: {
    dataset: 'un conjunto de datos necesita un nombre',
    design: 'un diseño necesita un nombre',
  },
  nameTaken: { design: "ya existe un diseño llamado '{name}'" },
  labIdTaken: "ya existe una práctica con el id '{id}'",
  datasetInUse: 'el conjunto de datos {id} lo usan experimentos; bórralos primero',
  rowCount: "conjunto de datos '{name}': el número de filas debe ser un número entero ≥ 0",
  rowsMismatch: "conjunto de datos '{name}': x ({x}) e y ({y}) deben tener {rows} filas cada una",
  labelsMismatch: "conjunto de datos '{name}': {labels} etiquetas para {rows} filas",
  notARunStatus: "'{status}' no es un estado de una ejecución",
  datasetHashMismatch:
    'la huella del conjunto de datos de la configuración no coincide con el conjunto de datos {id}',
  datasetFixed: 'el conjunto de datos del experimento {id} no puede cambiar',
  emptyTag: 'una etiqueta no puede estar vacía',
  newerDatabase:
    'la base de datos tiene la versión de esquema {found}, más nueva que la que entiende esta aplicación ({supported}); no se ha tocado: actualiza Neuron Lab para abrirla',
  newerDatabaseFile:
    'la base de datos {file} tiene la versión de esquema {found}, más nueva que la que entiende esta aplicación ({supported}); no se ha tocado: actualiza Neuron Lab para abrirla',
  cannotOpen: 'no se puede abrir la base de datos de experimentos {file}: {why}',
  fileReadOnly:
    'no se puede escribir en la base de datos de experimentos {file}: es de solo lectura para ti ({code}); haz que ella y su carpeta se puedan escribir con tu usuario, o inicia el laboratorio con otra carpeta de datos',
  folderReadOnly:
    'no se puede escribir en la base de datos de experimentos {file}: su carpeta {folder} es de solo lectura para ti ({code}); haz que ambas se puedan escribir con tu usuario, o inicia el laboratorio con otra carpeta de datos',
  cannotLook:
    'no se puede examinar la base de datos de experimentos {file} ({why}): revisa los permisos de su carpeta',
  danglingLink:
    'la base de datos de experimentos {file} es un enlace a {target}, que no está (¿una unidad sin conectar?): conéctala, o quita el enlace para empezar una base de datos nueva',
  notDatabase: {
    folder:
      '{file} es una carpeta, no la base de datos de experimentos: muévela a otro sitio, o inicia el laboratorio con otra carpeta de datos',
    pipe: '{file} es una tubería con nombre (FIFO), no la base de datos de experimentos: muévela a otro sitio, o inicia el laboratorio con otra carpeta de datos',
    socket:
      '{file} es un socket, no la base de datos de experimentos: muévelo a otro sitio, o inicia el laboratorio con otra carpeta de datos',
    device:
      '{file} es un dispositivo, no la base de datos de experimentos: muévelo a otro sitio, o inicia el laboratorio con otra carpeta de datos',
    other:
      '{file} no es un archivo normal, ni la base de datos de experimentos: muévelo a otro sitio, o inicia el laboratorio con otra carpeta de datos',
  },
  dataFolder: 'no se puede crear la carpeta de datos: {why}',
  backupOntoItself:
    'no se puede hacer la copia de seguridad de la base de datos sobre sí misma ({file})',
  backupFailed: 'la copia de seguridad en {file} falló: {why}',
  backupIntegrity: 'la copia de seguridad no pasó la comprobación de integridad: {why}',
  fault: {
    full: 'el disco que contiene la base de datos de experimentos está lleno ({disk}): libera espacio en él',
    readOnly:
      'no se puede escribir en la base de datos de experimentos {file} (ella o su carpeta es de solo lectura): haz que ambas se puedan escribir con tu usuario, o inicia el laboratorio con otra carpeta de datos',
    io: 'el disco que contiene la base de datos de experimentos {file} informó de un error de entrada/salida: revisa el disco (¿sigue conectado?, ¿está fallando?)',
    cantOpen:
      'no se puede abrir la base de datos de experimentos {file}: comprueba que su carpeta existe y que puedes escribir en ella',
    locked:
      'otro programa tiene bloqueada la base de datos de experimentos {file}: ciérralo (o el otro Neuron Lab) e inténtalo de nuevo',
  },
};
