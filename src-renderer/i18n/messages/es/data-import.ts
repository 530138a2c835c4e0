/** El informe de una importación en la vista Datos, en español (ver en/data-import.ts). */
export default {
  report: {
    read: '{file}: leídas {rows} y {columns} ({parts})',
    count: {
      rows: '{count} filas | {count} fila | {count} filas',
      columns: '{count} columnas | {count} columna | {count} columnas',
      values: '{count} valores | {count} valor | {count} valores',
      cells: '{count} celdas | {count} celda | {count} celdas',
    },
    format: { csv: 'CSV', json: 'JSON', xlsx: 'libro de Excel', arff: 'ARFF de Weka' },
    source: {
      sheet: 'hoja {name}',
      relation: 'relación {name}',
      encoding: '{name}',
      encodingBom: '{name} con BOM',
      comma: "separador ','",
      semicolon: "separador ';'",
      tab: 'separador tabulador',
      decimalPoint: 'punto decimal (3.14)',
      decimalComma: 'coma decimal (3,14)',
      thousands: "{decimal}, '{mark}' entre los millares ({example})",
      header: 'fila de cabecera',
      noHeader: 'sin fila de cabecera',
    },
    note: 'nota: {text}',
    notes: {
      notUtf8At:
        'no es UTF-8 (byte 0x{byte} en la posición {offset}), así que se lee como Windows-1252',
      notUtf8End: 'no es UTF-8 (sus últimos bytes), así que se lee como Windows-1252',
      trailingDelimiter:
        'todas las líneas terminan con un separador; la columna vacía que le sigue se deja fuera',
      sheets: 'el libro tiene {n} hojas: {names}',
    },
    columnsHeading: 'columnas:',
    column: {
      ignored: '{name}: ignorada ({type})',
      used: '{name}: {kind} — {facts}',
      type: { numeric: 'numérica', categorical: 'categórica' },
      kind: {
        numericInput: 'entrada numérica',
        numericTarget: 'objetivo numérico',
        categoricalInput: 'entrada categórica',
        categoricalTarget: 'objetivo categórico',
      },
      asChosen: '{type}, como se eligió',
      classNames: 'números, leídos como nombres de clase',
      readAsNumbers: 'leída como números',
      numericAttribute: 'atributo numérico',
      nominalAttribute: 'atributo nominal',
      allNumbers: 'todos sus valores son números ({n})',
      mostlyNumbers: '{n} de {values} son números (al menos el 95 %)',
      someText:
        '{count} de {values} son texto{example} (números en menos del 95 %) | {count} de {values} es texto{example} (números en menos del 95 %) | {count} de {values} son texto{example} (números en menos del 95 %)',
      text: 'texto{example}',
      example: ', p. ej. fila {row} {value}',
      notANumber: 'celdas que no son números: {n}, tratadas como valores que faltan: {examples}',
      missing: 'valores que faltan: {n} ({tokens})',
      grouped: 'leídas como números con separador de millares: {n} ({examples})',
      otherDecimal: 'leídas como decimales con la otra marca decimal: {n} ({examples})',
      tooSmall: 'demasiado pequeñas para números de 32 bits, leídas como 0: {n} ({examples})',
      classes: '{n} clases',
      categories: '{n} categorías → {n} entradas (one-hot)',
      cell: 'fila {row} {value}',
      token: '{token}: {n}',
      empty: 'vacías',
    },
    missing: {
      none: 'valores que faltan (política «{policy}»): ninguno en las columnas usadas; se conservan las {rows}',
      some: 'valores que faltan (política «{policy}»): {parts}; se conservan {rows}',
      policy: {
        drop: 'descartar',
        mean: 'media',
        median: 'mediana',
        mode: 'moda',
        error: 'rechazar',
      },
      dropped: '{n} de {rows} descartadas — {columns}',
      droppedColumn: '{name}: {n} ({why})',
      filled: '{cells} rellenadas — {columns}',
      filledColumn: '{name}: {n} ({why}) rellenadas con su {kind}, {fill}',
      notANumber: 'no son números: {n}',
      fill: { mean: 'media', median: 'mediana', mode: 'valor más frecuente' },
    },
    task: {
      regression: 'tarea: regresión de {target} — {why}',
      regressionHint: 'tarea: regresión de {target} — {why}; {hint}',
      classification: 'tarea: clasificación de {target} en {n} clases ({classes}) — {why}',
      hint: 'sus {n} valores enteros (de {from} a {to}) pueden ser clases: elige clasificación para entrenar un clasificador',
      why: {
        chosen: 'como se eligió',
        askedBy: 'pedida con {option}',
        text: 'el objetivo contiene texto',
        nominal: 'el objetivo es un atributo nominal',
        categorical: 'el objetivo está marcado como categórico',
        numbers: 'el objetivo contiene números',
      },
    },
  },
};

/** Los errores de importación de JSON, ARFF, Excel y del sistema de archivos, en español. */
export const importErrors = {
  jsonUnexpected: '{file} no es JSON válido: {found} inesperado en la línea {line}, columna {char}',
  jsonEnds:
    '{file} no es JSON válido: el texto termina en la línea {line}, columna {char}, antes de completar el JSON (falta cerrar un corchete, una llave o unas comillas)',
  jsonTop: {
    object:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un objeto',
    null: '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no null',
    string:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un texto',
    number:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un número',
    boolean:
      '{file} debe contener una lista de registros como [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], no un valor true/false',
  },
  jsonRecord: {
    null: '{at}el registro {record} es null, no un objeto',
    array: '{at}el registro {record} es una lista, no un objeto',
    string: '{at}el registro {record} es un texto, no un objeto',
    number: '{at}el registro {record} es un número, no un objeto',
    boolean: '{at}el registro {record} es un valor true/false, no un objeto',
  },
  jsonCell: {
    object:
      '{at}registro {record}, clave {name}: un objeto no puede ser una celda (solo números, texto, true/false y null)',
    array:
      '{at}registro {record}, clave {name}: una lista no puede ser una celda (solo números, texto, true/false y null)',
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
