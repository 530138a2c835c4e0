/**
 * A request main refused (LabError.detail key `request.invalid`, see
 * src-main/contract/request-detail.ts), in English, worded as main's own message. `{field}`
 * is where in the request; min and max are written as main writes them (no digit grouping).
 */
export default {
  invalid: '{call}: {problems}',
  more: ' (and {count} more)',
  at: '{field}: {problem}',
  missing: 'missing ({problem})',
  unknownFields: 'unexpected field {keys} | unexpected field {keys} | unexpected fields {keys}',
  positiveInteger: 'expected a positive integer',
  wholeFrom: 'expected a whole number from {min} to {max}',
  numberFrom: 'expected a number from {min} to {max}',
  positiveUpTo: 'expected a number greater than 0 and at most {max}',
  text: 'expected text',
  charactersUpTo: 'expected at most {limit} characters',
  bytes: 'expected bytes (a Uint8Array)',
  bytesUpTo: 'expected at most {max} bytes',
  name: 'expected a name',
  nonEmptyName: 'expected a non-empty name',
  tag: 'expected a tag',
  nonEmptyTag: 'expected a non-empty tag',
  fileName: 'expected a file name',
  nonEmptyFileName: 'expected a non-empty file name',
  flag: 'expected true or false',
  oneOf: 'expected one of {values}',
  list: 'expected a list',
  itemsUpTo: 'expected at most {limit} items',
  object: 'expected an object',
  split: 'expected train, validation and test fractions adding up to 1, train above 0',
  box: 'expected a box with xMax > xMin and yMax > yMin',
  oneLayer: 'expected at least one layer',
  tooManyWeights: 'the network has {weights} weights; at most {limit}',
  initialisation:
    "expected an initialisation {'{'} kind: 'uniform' {'|'} 'xavier' {'|'} 'he' {'|'} 'zeros' {'}'}",
  optimizer: "expected an optimizer {'{'} name: 'sgd' {'|'} 'adam' {'}'}",
  schedule:
    "expected a schedule {'{'} kind: 'constant' {'|'} 'inverse' {'|'} 'step' {'|'} 'exponential' {'}'}",
};
