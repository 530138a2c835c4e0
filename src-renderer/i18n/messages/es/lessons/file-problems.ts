/** Los problemas de las partes propias de un archivo de lección (véase
 * messages/en/lessons/file-problems.ts). */
export default {
  nameEmpty: '{name} está vacío',
  nameTooLong: '{name} tiene más de {max} caracteres',
  nameNul: '{name} contiene un carácter NUL',
  nameControl: '{name} contiene un carácter de control',
  nameClimbs: '{name} sale de la carpeta de la práctica (una ruta con "..")',
  namePath: '{name} es una ruta, no un simple nombre de archivo (contiene "/" o "\\")',
  nameDots: '{name} no es un nombre de archivo (".." o ".")',
  nameDrive: '{name} es una ruta absoluta (empieza por una unidad)',
  nameBidi:
    '{name} contiene una marca de dirección invisible ({code}) que hace que el nombre se lea distinto de como es',
  nameInvisible: '{name} contiene un carácter invisible ({code})',
  nameWindowsChar:
    "{name} contiene un carácter que Windows no admite en los nombres (< > : \" {'|'} ? *)",
  nameDevice:
    '{name} es un nombre que Windows reserva para un dispositivo (CON, PRN, AUX, NUL, COM1…, LPT1…)',
  nameTrailing: '{name} termina en punto o en espacio, que Windows elimina',
  fileTwice: '{name} es también el archivo de {other}',
  labIdTwice: "el identificador de práctica '{value}' se usa dos veces en la lección",
  datasetNameTwice: "el nombre de conjunto de datos '{value}' se usa dos veces en la lección",
  designNameTwice: "el nombre de diseño '{value}' se usa dos veces en la lección",
  basedOn: 'debe ser un identificador de práctica o null',
  noRole: "ninguna columna tiene el rol '{role}'",
  notBase64: 'no es base64 de valores de 32 bits',
  labelsOnlyClasses: 'solo los conjuntos de datos de clasificación tienen etiquetas',
  valueCount: 'contiene {count} valores; rowCount {rows} × {field} {width} = {product}',
  valueNotFinite:
    'es {value} (fila {row}, columna {column}); todos los valores deben ser números finitos',
  labelCount: 'contiene {count} etiquetas para rowCount {rows}',
  labelRange: 'es {value}; debe ser una clase de 0 a {max}',
  hashMismatch: 'su contenido no coincide con su hash (el archivo se cambió o está dañado)',
};
