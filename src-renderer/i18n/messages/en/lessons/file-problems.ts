/**
 * The problems of a lesson file's own parts (ids in src-main/lessons/lesson-problem.ts): file
 * names, names used twice, a dataset's arrays. {name} is the name as the file writes it, quoted.
 * Part of `lessons.problem` (see ../lessons.ts).
 */
export default {
  nameEmpty: '{name} is empty',
  nameTooLong: '{name} is longer than {max} characters',
  nameNul: '{name} contains a NUL character',
  nameControl: '{name} contains a control character',
  nameClimbs: '{name} climbs out of the lab folder (a path with "..")',
  namePath: '{name} is a path, not a plain file name (contains "/" or "\\")',
  nameDots: '{name} is not a file name (".." or ".")',
  nameDrive: '{name} is an absolute path (starts with a drive)',
  nameBidi:
    '{name} contains an invisible direction mark ({code}) that makes the name read otherwise than it is',
  nameInvisible: '{name} contains an invisible character ({code})',
  nameWindowsChar:
    "{name} contains a character Windows does not allow in names (< > : \" {'|'} ? *)",
  nameDevice: '{name} is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1…, LPT1…)',
  nameTrailing: '{name} ends with a dot or a space, which Windows drops',
  fileTwice: '{name} is also the file of {other}',
  labIdTwice: "lab id '{value}' is used twice in the lesson",
  datasetNameTwice: "dataset name '{value}' is used twice in the lesson",
  designNameTwice: "design name '{value}' is used twice in the lesson",
  basedOn: 'expected a lab id or null',
  noRole: "no column has the role '{role}'",
  notBase64: 'not base64 of 32-bit values',
  labelsOnlyClasses: 'only classification datasets have labels',
  valueCount: 'holds {count} values; rowCount {rows} × {field} {width} = {product}',
  valueNotFinite: 'is {value} (row {row}, column {column}); every value must be a finite number',
  labelCount: 'holds {count} labels for rowCount {rows}',
  labelRange: 'is {value}; expected a class from 0 to {max}',
  hashMismatch: 'its content does not match its hash (the file was changed or damaged)',
};
