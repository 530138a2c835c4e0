/**
 * Import errors that name a JSON, ARFF, Excel or file-system problem, under `errors.import.`
 * (i18n/error-text.ts says every `detail` from there): `{at}` is "data.json: ", `{file}` the
 * file's name. English follows main's message, leaving out only what names the full path.
 */
export default {
  jsonUnexpected: '{file} is not valid JSON: unexpected {found} at line {line}, column {char}',
  jsonEnds:
    '{file} is not valid JSON: the text ends at line {line}, column {char} before the JSON is complete (a bracket, brace or quote is not closed)',
  jsonTop: {
    object:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not an object',
    null: '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not null',
    text: '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not a string',
    number:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not a number',
    boolean:
      '{file} must hold an array of records like [{\'{\'}"x": 1, "y": "a"{\'}\'}, …], not a boolean',
  },
  jsonRecord: {
    null: '{at}record {record} is null, not an object',
    list: '{at}record {record} is an array, not an object',
    text: '{at}record {record} is a string, not an object',
    number: '{at}record {record} is a number, not an object',
    boolean: '{at}record {record} is a boolean, not an object',
  },
  jsonCell: {
    object:
      '{at}record {record}, key {name}: an object cannot be a cell (only numbers, text, true/false and null)',
    list: '{at}record {record}, key {name}: an array cannot be a cell (only numbers, text, true/false and null)',
  },
  arff: {
    unclosedQuote: '{at}line {line}: a quote ({mark}) is never closed',
    unclosedName: '{at}line {line}: the attribute name has an unclosed quote',
    noType: '{at}line {line}: the attribute has no type',
    noBrace: '{at}line {line}: the values of {name} have no closing brace',
    unknownType:
      "{at}line {line}: attribute {name} has the type {type}, which the lab does not read (numeric, nominal {'{'}…{'}'}, string, date)",
    sparseIndex: '{at}line {line}: the sparse index {index} is not an attribute (0 to {last})',
    dataFirst: "{at}line {line}: {'@'}data comes before any {'@'}attribute",
    unexpected:
      "{at}line {line}: expected {'@'}relation, {'@'}attribute or {'@'}data, found {found}",
  },
  notWorkbook: '{file} is not an Excel workbook that can be read',
  noSheet: '{file} has no sheet {sheet}; its sheets are {sheets}',
  grewPastLimit: '{file} grew past the limit of {limit} while read',
  expired:
    'the previewed file is no longer at hand (other files were previewed since); open it again',
  file: {
    notFound: '{file} cannot be read: it does not exist (check the name and the folder)',
    noPermission:
      '{file} cannot be read: permission denied (change its permissions, or its folder’s)',
    folder: '{file} cannot be read: it is a folder, not a file',
    notFolder: '{file} cannot be read: a part of its path is a file, not a folder',
    linkLoop: '{file} cannot be read: it is a loop of symbolic links',
    nameTooLong: '{file} cannot be read: its name is too long',
    tooManyOpen:
      '{file} cannot be read: too many files are open (close some programs and try again)',
    busy: '{file} cannot be read: another program is using it (close it and try again)',
    diskError: '{file} cannot be read: the disk reported an input/output error (check the disk)',
    pipe: '{file} cannot be read: it is a named pipe (FIFO), not a regular file (save it as a file)',
    device: '{file} cannot be read: it is a device, not a regular file (save it as a file)',
    socket: '{file} cannot be read: it is a socket, not a regular file (save it as a file)',
    notRegular: '{file} cannot be read: it is not a regular file (save it as a file)',
    otherCode: '{file} cannot be read (the system says {code})',
    unreadable: '{file} cannot be read',
  },
};
