/** Las lecciones en el modo docente (véase messages/en/lessons.ts). */
import fileProblems from './lessons/file-problems';
import setupProblems from './lessons/setup-problems';

export default {
  part: {
    activities: 'ninguna actividad | {n} actividad | {n} actividades',
    basedOn: 'basada en «{lab}»',
    rows: 'ninguna fila | {n} fila | {n} filas',
    inputs: 'ninguna entrada | {n} entrada | {n} entradas',
    task: { classification: 'clasificación', regression: 'regresión' },
    unit: 'unidad única: {model}',
    network: 'red {architecture}',
    model: {
      'mcculloch-pitts': 'neurona de McCulloch–Pitts',
      perceptron: 'perceptrón',
      adaline: 'Adaline',
      madaline: 'MADALINE',
    },
  },
  kind: {
    number: 'un número',
    text: 'un texto',
    list: 'una lista',
    object: 'un objeto',
    boolean: 'verdadero o falso',
    null: 'null',
    nothing: 'nada',
  },
  problem: {
    missing: 'falta: debe ser {expected}',
    type: 'debe ser {expected}, pero es {got}',
    number: 'debe ser un número de {min} a {max}; es {received}',
    wholeNumber: 'debe ser un número entero de {min} a {max}; es {received}',
    wholeFrom: 'debe ser un número entero mayor o igual que {min}; es {received}',
    finite: 'debe ser un número finito; es {received}',
    text: 'debe ser un texto no vacío',
    tooLong: 'debe tener como máximo {max} caracteres',
    id: 'debe ser un identificador en minúsculas (letras, dígitos y guiones); es {received}',
    oneOf: 'debe ser uno de estos: {values}; es {received}',
    tooFew: 'debe tener al menos {limit} elemento | debe tener al menos {limit} elementos',
    tooMany: 'debe tener como máximo {limit} elemento | debe tener como máximo {limit} elementos',
    tooSmall: 'debe ser como mínimo {limit}',
    tooSmallStrict: 'debe ser mayor que {limit}',
    tooBig: 'debe ser como máximo {limit}',
    tooBigStrict: 'debe ser menor que {limit}',
    unknownKeys: 'campo inesperado {keys} | campos inesperados {keys}',
    object: 'debe ser un objeto',
    block: 'debe ser exactamente un párrafo (p), una fórmula (tex) o una lista (list)',
    twice: '«{value}» se usa dos veces',
    format: 'debe ser {version}; es {received}',
    language: 'debe ser una etiqueta de idioma como "en" o "es"; es {received}',
    unknownFigure: 'figura desconocida {received} (las conocidas: {known})',
    unknownControl: 'control desconocido (los conocidos: {known})',
    unknownCheck: 'comprobación desconocida {received} (las conocidas: {known})',
    notJson: 'deben ser datos JSON, no un valor de tipo {got}',
    tooDeep: 'anidado a más de {max} niveles',
    protoKey: "no se admite una clave llamada '__proto__'",
    tooLarge: 'el documento tiene {size} bytes de JSON; como máximo {max}',
    inCheck:
      'parámetro «{param}» de la comprobación {kind}, tarea {task} de la práctica {lab}: {problem}',
    at: '{path}: {problem}',
    ...setupProblems,
    ...fileProblems,
  },
  error: {
    tooLarge:
      'La lección «{file}» ocupa {size} MiB; un archivo de lección puede ocupar como máximo {max} MiB',
    notUtf8: 'La lección «{file}» no es texto UTF-8',
    notJson: 'La lección «{file}» no es JSON: {reason}',
    jsonUnexpected:
      'La lección «{file}» no es JSON: {found} inesperado en la línea {line}, columna {column}',
    jsonEnds:
      'La lección «{file}» no es JSON: el texto termina en la línea {line}, columna {column}, antes de completar el JSON (falta cerrar un corchete, una llave o unas comillas)',
    notALesson: '«{file}» no es una lección de Neuron Lab (le falta "format": "{format}")',
    version:
      'La lección «{file}» tiene la versión de formato {version}; esta aplicación lee la versión {reads}',
    newerVersion:
      'La lección «{file}» tiene la versión de formato {version}; esta aplicación lee la versión {reads}. Actualiza Neuron Lab para abrirla',
    exportTooLarge:
      'La lección ocuparía {size} MiB; un archivo de lección puede ocupar como máximo {max} MiB. Deja fuera algún conjunto de datos grande',
    labProblem: 'La lección «{file}» no se puede importar: {at}: {problem}',
    more: '(y {n} problema más) | (y {n} problemas más)',
    invalid: 'La lección «{file}» no se puede importar: {problems}',
    notImported: 'La lección «{file}» no se importó (no se cambió nada): {why}',
  },
  /** the progress report's status, when main wrote it in another language */
  report: {
    writtenIn: '(El informe está escrito en {language}.)',
  },
};
