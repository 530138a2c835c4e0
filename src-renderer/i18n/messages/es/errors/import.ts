/** Los errores de importación de JSON, ARFF, Excel y del sistema de archivos, en español. */
export default {
  jsonUnexpected: '{file} no es JSON válido: {found} inesperado en la línea {line}, columna {char}',
  jsonEnds:
    '{file} no es JSON válido: el texto termina en la línea {line}, columna {char}, antes de completar el JSON (falta cerrar un corchete, una llave o unas comillas)',
  jsonTop: {
    object:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un objeto',
    null: '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no null',
    text: '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un texto',
    number:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un número',
    boolean:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un valor true/false',
  },
  jsonRecord: {
    null: '{at}el registro {record} es null, no un objeto',
    list: '{at}el registro {record} es una lista, no un objeto',
    text: '{at}el registro {record} es un texto, no un objeto',
    number: '{at}el registro {record} es un número, no un objeto',
    boolean: '{at}el registro {record} es un valor true/false, no un objeto',
  },
  jsonCell: {
    object:
      '{at}registro {record}, clave {name}: un objeto no puede ser una celda (solo números, texto, true/false y null)',
    list: '{at}registro {record}, clave {name}: una lista no puede ser una celda (solo números, texto, true/false y null)',
  },
  arff: {
    unclosedQuote: '{at}línea {line}: unas comillas ({mark}) no se cierran nunca',
    unclosedName: '{at}línea {line}: el nombre del atributo tiene unas comillas sin cerrar',
    noType: '{at}línea {line}: el atributo no tiene tipo',
    noBrace: '{at}línea {line}: los valores de {name} no tienen llave de cierre',
    unknownType:
      "{at}línea {line}: el atributo {name} es de tipo {type}, que el laboratorio no lee (numeric, nominal {'{'}…{'}'}, string, date)",
    sparseIndex: '{at}línea {line}: el índice disperso {index} no es un atributo (de 0 a {last})',
    dataFirst: "{at}línea {line}: {'@'}data aparece antes de cualquier {'@'}attribute",
    unexpected:
      "{at}línea {line}: se esperaba {'@'}relation, {'@'}attribute o {'@'}data y se encontró {found}",
  },
  notWorkbook: '{file} no es un libro de Excel que se pueda leer',
  noSheet: '{file} no tiene la hoja {sheet}; sus hojas son {sheets}',
  grewPastLimit: '{file} superó el límite de {limit} mientras se leía',
  expired:
    'el archivo de la vista previa ya no está disponible (se han previsualizado otros desde entonces); ábrelo de nuevo',
  file: {
    notFound: '{file} no se puede leer: no existe (comprueba el nombre y la carpeta)',
    noPermission:
      '{file} no se puede leer: permiso denegado (cambia sus permisos o los de su carpeta)',
    folder: '{file} no se puede leer: es una carpeta, no un archivo',
    notFolder: '{file} no se puede leer: una parte de su ruta es un archivo, no una carpeta',
    linkLoop: '{file} no se puede leer: es un bucle de enlaces simbólicos',
    nameTooLong: '{file} no se puede leer: su nombre es demasiado largo',
    tooManyOpen:
      '{file} no se puede leer: hay demasiados archivos abiertos (cierra algunos programas y vuelve a intentarlo)',
    busy: '{file} no se puede leer: otro programa lo está usando (ciérralo y vuelve a intentarlo)',
    diskError:
      '{file} no se puede leer: el disco informó de un error de entrada/salida (revisa el disco)',
    pipe: '{file} no se puede leer: es una tubería con nombre (FIFO), no un archivo normal (guárdalo como archivo)',
    device:
      '{file} no se puede leer: es un dispositivo, no un archivo normal (guárdalo como archivo)',
    socket: '{file} no se puede leer: es un socket, no un archivo normal (guárdalo como archivo)',
    notRegular: '{file} no se puede leer: no es un archivo normal (guárdalo como archivo)',
    otherCode: '{file} no se puede leer (el sistema dice {code})',
    unreadable: '{file} no se puede leer',
  },
};
