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
  cause: {
    missing: '{path} no existe: revisa el nombre y la carpeta',
    permission:
      'permiso denegado para {path}: cambia sus permisos (o los de su carpeta), o elige otro sitio',
    notAllowed:
      'el sistema no lo permite para {path}: cambia sus permisos (o los de su carpeta), o elige otro sitio',
    readOnlyDisk: '{path} está en un disco de solo lectura: elige otro sitio',
    diskFull: 'el disco que contiene {path} está lleno: libera espacio, o elige otro disco',
    quota: 'tu cuota de disco está agotada donde está {path}: libera espacio',
    isFolder: '{path} es una carpeta, no un archivo: indica el nombre de un archivo',
    notFolder: 'una parte de {path} es un archivo, no una carpeta: revisa la ruta',
    exists: '{path} ya existe: elige otro nombre',
    inUse: 'otro programa está usando {path}: ciérralo e inténtalo de nuevo',
    tooManyOpen:
      'hay demasiados archivos abiertos para usar {path}: cierra algunos programas e inténtalo de nuevo',
    io: 'el disco que contiene {path} informó de un error de entrada/salida: revisa el disco',
    nameTooLong: 'el nombre {path} es demasiado largo: elige uno más corto',
    linkLoop: '{path} es un bucle de enlaces simbólicos: arregla los enlaces',
    cantOpen:
      'no se puede abrir {path}: comprueba que su carpeta existe y que puedes escribir en ella',
    corrupt: '{path} está dañado',
    notDatabase: '{path} no es una base de datos SQLite',
    busy: 'otro programa está usando {path}: ciérralo (o el otro Neuron Lab) e inténtalo de nuevo',
    locked:
      'otro programa tiene bloqueado {path}: ciérralo (o el otro Neuron Lab) e inténtalo de nuevo',
    readOnly:
      'no se puede escribir en {path} (él o su carpeta es de solo lectura): haz que ambos se puedan escribir con tu usuario',
    outOfMemory: 'el ordenador se quedó sin memoria: cierra algunos programas e inténtalo de nuevo',
    system: 'el sistema dice, con sus propias palabras (en inglés): «{text}»',
  },
};
