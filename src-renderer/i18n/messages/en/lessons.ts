/**
 * Lessons in teacher mode: what each part of a lesson file holds (LessonPart.about), a lab
 * document's problems by id (src-main/contract/lab-document/issue-detail.ts) and the lesson
 * file's errors (LabError.detail keys 'lesson.*'). An id missing here is shown as main's
 * English message.
 */
export default {
  part: {
    activities: 'no activities | {n} activity | {n} activities',
    basedOn: "based on '{lab}'",
    rows: 'no rows | {n} row | {n} rows',
    inputs: 'no inputs | {n} input | {n} inputs',
    task: { classification: 'classification', regression: 'regression' },
    unit: 'single unit: {model}',
    network: '{architecture} network',
    model: {
      'mcculloch-pitts': 'McCulloch–Pitts neuron',
      perceptron: 'perceptron',
      adaline: 'Adaline',
      madaline: 'MADALINE',
    },
  },
  /** the kinds of value a problem names as expected or found */
  kind: {
    number: 'a number',
    text: 'text',
    list: 'a list',
    object: 'an object',
    boolean: 'true or false',
    null: 'null',
    nothing: 'nothing',
  },
  /** a lab document's problems; {received} is the value found, as JSON */
  problem: {
    missing: 'missing: must be {expected}',
    type: 'must be {expected}, got {got}',
    number: 'must be a number from {min} to {max}, got {received}',
    wholeNumber: 'must be a whole number from {min} to {max}, got {received}',
    wholeFrom: 'must be a whole number from {min} up, got {received}',
    finite: 'must be a finite number, got {received}',
    text: 'must be a non-empty text',
    tooLong: 'must be at most {max} characters',
    id: 'must be a lower-case id (letters, digits, dashes), got {received}',
    oneOf: 'must be one of {values}, got {received}',
    tooFew: 'must have at least {limit} item | must have at least {limit} items',
    tooMany: 'must have at most {limit} item | must have at most {limit} items',
    tooSmall: 'must be at least {limit}',
    tooSmallStrict: 'must be above {limit}',
    tooBig: 'must be at most {limit}',
    tooBigStrict: 'must be below {limit}',
    unknownKeys: 'unexpected field {keys} | unexpected fields {keys}',
    object: 'must be an object',
    block: 'must be exactly one paragraph (p), formula (tex) or list (list)',
    twice: "'{value}' is used twice",
    format: 'must be {version}, got {received}',
    language: 'must be a language tag such as "en" or "es", got {received}',
    unknownFigure: 'unknown figure {received} (known: {known})',
    unknownControl: 'unknown control (known: {known})',
    unknownCheck: 'unknown check {received} (known: {known})',
    notJson: 'must be JSON data, not a {got}',
    tooDeep: 'nested deeper than {max} levels',
    protoKey: "a key named '__proto__' is not allowed",
    tooLarge: 'the document is {size} bytes of JSON; at most {max}',
    networkFits: 'must take {inputs} inputs and give {outputs} outputs, as the dataset has',
    instantSamples: 'at most {max} samples (runs are instant)',
    inCheck: "parameter '{param}' of check {kind}, task {task} in lab {lab}: {problem}",
    at: '{path}: {problem}',
  },
  /** a lesson file refused */
  error: {
    tooLarge: "Lesson '{file}' is {size} MiB; a lesson file may be at most {max} MiB",
    notUtf8: "Lesson '{file}' is not UTF-8 text",
    notJson: "Lesson '{file}' is not JSON: {reason}",
    notALesson: '\'{file}\' is not a Neuron Lab lesson (it has no "format": "{format}")',
    version: "Lesson '{file}' has format version {version}; this app reads version {reads}",
    newerVersion:
      "Lesson '{file}' has format version {version}; this app reads version {reads}. Update Neuron Lab to open it",
    exportTooLarge:
      'The lesson would be {size} MiB; a lesson file may be at most {max} MiB. Leave out a large dataset',
    labProblem: "Lesson '{file}' cannot be imported: {at}: {problem}",
    more: '(and {n} more problem) | (and {n} more problems)',
    invalid: "Lesson '{file}' cannot be imported: {problems}",
    notImported: "Lesson '{file}' was not imported (nothing was changed): {why}",
  },
  /** the progress report's status, when main wrote it in another language */
  report: {
    writtenIn: '(The report is written in {language}.)',
  },
};
