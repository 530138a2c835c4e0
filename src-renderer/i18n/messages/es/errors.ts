/** Errors main reports with a message id, in Spanish (see ../en/errors.ts). */
import importErrors from './errors/import';
import settingsErrors from './errors/settings';
import storeErrors from './errors/store';

export default {
  place: {
    rowColumn: '{file}: fila {row}, columna {column}: ',
    row: '{file}: fila {row}: ',
    column: '{file}: columna {column}: ',
    file: '{file}: ',
  },
  // why a setting was not changed (src-main/settings/settings-error.ts)
  settings: settingsErrors,
  store: {
    // the store's refusals main gives by id (src-main/store/store-messages.ts)
    ...storeErrors,
    progressRead: 'No se pudo leer el progreso: {why}',
    progressSaved: 'No se pudo guardar el progreso: {why}',
    progressReset: 'No se pudo reiniciar el progreso: {why}',
    labsRead: 'No se pudieron leer tus prácticas: {why}',
    labCopied: 'No se pudo copiar la práctica: {why}',
    drawAgain: 'No se pudieron volver a dibujar los datos: {why}',
    evaluate: 'No se pudo evaluar el modelo: {why}',
    loadModel: 'No se pudo cargar el modelo entrenado: {why}',
    readModel: 'No se pudo leer el modelo entrenado: {why}',
    loadData: 'No se pudieron cargar los datos: {why}',
    openDataset: 'No se pudo abrir el conjunto de datos {id}: {why}',
    yourLab: 'tu práctica «{title}»',
    builtInId: "{file}: id: '{id}' es el id de una práctica incorporada",
  },
  run: {
    start: 'No se pudo empezar: {why}',
    pause: 'No se pudo pausar: {why}',
    resume: 'No se pudo reanudar: {why}',
    stop: 'No se pudo detener: {why}',
    'step-batch': 'No se pudo avanzar un lote: {why}',
    'step-epoch': 'No se pudo avanzar una época: {why}',
    rate: 'No se pudo cambiar la tasa de aprendizaje: {why}',
    pace: 'No se pudo cambiar la velocidad: {why}',
    keepRunning: 'No se pudo cambiar «seguir entrenando»: {why}',
  },
  import: {
    // JSON, ARFF, Excel and file errors: the message area data-import keeps them
    ...importErrors,
    unclosedQuote: '{at}unas comillas abiertas en la fila {opened} no se cierran nunca',
    cellTooLong: '{at}una celda tiene más de {limit} caracteres, el límite',
    rowTooWide: '{at}la fila {line} tiene más de {limit} columnas; el límite es {limit}',
    nothingToFill: '{at}la columna no tiene valores con los que rellenar',
    allRowsDropped:
      '{at}todas las filas carecen de valor en alguna columna usada; al descartarlas no queda nada (rellena los huecos o ignora las columnas más vacías)',
    missingNotANumber:
      "{at}{value} no es un número; la política de valores que faltan 'error' lo rechaza (elige descartar, media, mediana o moda para seguir)",
    missingToken:
      "{at}la celda es {value}; la política de valores que faltan 'error' lo rechaza (elige descartar, media, mediana o moda para seguir)",
    missingEmpty:
      "{at}la celda está vacía; la política de valores que faltan 'error' lo rechaza (elige descartar, media, mediana o moda para seguir)",
    outOfRange:
      '{at}{value} se sale del rango de los números de coma flotante de 32 bits (±{max}) con los que calculan aquí las redes; cambia la escala de la columna o márcala como ignorada',
    outOfRangeMore:
      '{at}{value} se sale del rango de los números de coma flotante de 32 bits (±{max}) con los que calculan aquí las redes (y también otras {more} celdas suyas); cambia la escala de la columna o márcala como ignorada',
    targetText:
      '{at}el objetivo contiene texto, así que no se puede predecir como número; elige clasificación',
    targetTextAt:
      '{at}el objetivo contiene texto (fila {textRow}: {value}), así que no se puede predecir como número; elige clasificación',
    tooManyClasses:
      '{at}{n} valores distintos son demasiadas clases (como mucho {limit}); elige regresión u otro objetivo',
    oneClass:
      '{at}el objetivo tiene una sola clase ({value}); un clasificador necesita al menos dos',
    tooManyCategories:
      '{at}{n} valores distintos son demasiadas categorías (como mucho {limit}); márcala como ignorada (o numérica, si contiene números)',
    ragged:
      '{at}la fila {line} tiene {count} celdas y la cabecera tiene {width} | {at}la fila {line} tiene {count} celda y la cabecera tiene {width} | {at}la fila {line} tiene {count} celdas y la cabecera tiene {width}',
    raggedFirstRow:
      '{at}la fila {line} tiene {count} celdas y la fila {first} tiene {width} | {at}la fila {line} tiene {count} celda y la fila {first} tiene {width} | {at}la fila {line} tiene {count} celdas y la fila {first} tiene {width}',
    raggedRecord:
      '{at}la fila {line} tiene {count} celdas y el registro 1 tiene {width} | {at}la fila {line} tiene {count} celda y el registro 1 tiene {width} | {at}la fila {line} tiene {count} celdas y el registro 1 tiene {width}',
    raggedArff: '{at}la fila {line} tiene {count} valores y la cabecera declara {width} atributos',
    noKeys: '{at}el registro 1 no tiene claves',
    extraKey: '{at}el registro {record} tiene la clave {name}, que el registro 1 no tiene',
    notDeclared: '{at}{value} no es uno de los valores declarados para ella ({allowed})',
    noRecords: '{at}la lista no contiene registros',
    headerOnly: '{at}solo hay una cabecera, ninguna fila de datos',
    emptyFile: '{at}el archivo está vacío',
    blankLines: '{at}el archivo solo contiene líneas en blanco',
    cancelled: '{at}la importación se canceló',
    emptySheet: '{at}la hoja {sheet} está vacía',
    noSheets: '{at}el libro no tiene hojas',
    binary: '{at}parece un archivo binario, no texto (byte 0x00 en la posición {offset})',
    noSuchColumn: '{at}no hay ninguna columna llamada {name}',
    oneTargetChosen: '{at}elige exactamente una columna objetivo; elegidas: {named}',
    oneTarget: '{at}elige exactamente una columna objetivo',
    oneInput: '{at}elige al menos una columna de entrada',
    noNumbers:
      '{at}{value} no es un número, ni lo es ninguna otra celda: la columna no contiene números, así que no puede ser numérica',
    tooManyDistinct:
      '{at}más de {limit} valores distintos; márcala como ignorada (o numérica, si contiene números)',
    tooManyColumns: '{file} tiene {n} columnas; el límite es {limit}',
    tooManyRows: '{file} tiene más de {limit} filas de datos; el límite es {limit}',
    badJson: '{file} no es JSON válido ({reason})',
    noDataSection: "{file} no tiene sección {'@'}data",
    tooLarge: '{file} ocupa {size}; el límite es {limit}',
    utf16:
      '{file} parece texto UTF-16 sin marca de orden de bytes; guárdalo como UTF-8 (o UTF-16 con BOM)',
    mixedEncodingAt:
      '{file} mezcla codificaciones: se lee como UTF-8 hasta el byte 0x{byte} en la posición {offset}, que no es UTF-8; guárdalo como UTF-8',
    mixedEncodingEnd:
      '{file} mezcla codificaciones: se lee como UTF-8 hasta sus últimos bytes, que no son UTF-8; guárdalo como UTF-8',
  },
  builtin: {
    unknownDataset: 'conjunto de datos integrado desconocido: {name} (se conocen: {known})',
    unknownParameter:
      "conjunto de datos integrado '{name}': parámetro desconocido {param} (sus parámetros son {known})",
    noParameters:
      "conjunto de datos integrado '{name}': parámetro desconocido {param} (no admite parámetros)",
    number:
      "conjunto de datos integrado '{name}': el parámetro '{param}' debe ser un número de {min} a {max}; hay {got}",
    wholeNumber:
      "conjunto de datos integrado '{name}': el parámetro '{param}' debe ser un número entero de {min} a {max}; hay {got}",
  },
  got: { nothing: 'nada', null: 'null', list: 'una lista de {count}', object: 'un objeto' },
  modelFile: {
    names: 'archivo de modelo: {field}: se esperaba una lista de nombres; hay {got}',
    nameCount: 'archivo de modelo: {field}: se esperaban {expected} nombres; hay {length}',
    derivedList: 'archivo de modelo: derived: se esperaba una lista de {known}; hay {got}',
    derivedInputs:
      'archivo de modelo: derived: las características {features} dan {made} entradas, pero spec.inputs es {inputs}',
  },
  modelFit: {
    inputs:
      'el modelo no encaja con el conjunto de datos «{dataset}»: el modelo toma {takes} entradas y «{dataset}» da {gives}',
    inputsDerived:
      'el modelo no encaja con el conjunto de datos «{dataset}»: el modelo toma {takes} entradas (y de ellas calcula {derived}) y «{dataset}» da {gives}',
    regression:
      'el modelo no encaja con el conjunto de datos «{dataset}»: el modelo clasifica en clases ({labels}) y «{dataset}» es un conjunto de regresión',
    outputs:
      'el modelo no encaja con el conjunto de datos «{dataset}»: el modelo da {gives} salidas y «{dataset}» tiene {has} ({targets})',
    classes:
      'el modelo no encaja con el conjunto de datos «{dataset}»: las clases del modelo son {labels} y las de «{dataset}» son {has}',
  },
  runFit: {
    derivedTwice: 'la entrada derivada «{feature}» aparece dos veces',
    derivedData:
      'las entradas derivadas ({derived}) necesitan datos con exactamente 2 entradas; el conjunto «{dataset}» tiene {has}',
    derivedInputs:
      'la red toma {inputs} entradas, pero las características ({features}) dan {made}',
    inputs: 'la red tiene {inputs} entradas; el conjunto de datos «{dataset}» tiene {has}',
    outputs: 'la red tiene {outputs} salidas; el conjunto de datos «{dataset}» tiene {has}',
  },
};
