/**
 * What a lab's check tells the student, in Spanish: the verdict's reason
 * (see labs/checks/check-result.ts `say`). The checks' own messages sit in ./verdicts/ by
 * theme; a sub-folder is not an area of its own.
 */
import descentAndGradients from './verdicts/descent-and-gradients';
import unitsAndRegions from './verdicts/units-and-regions';

export default {
  decimalSign: ',',
  /** a semicolon, since the comma is the decimal sign: "(0,5; 1,2)" */
  listSeparator: '; ',
  and: ' y ',
  number: {
    invalid: '«{text}» no es un número.',
    tooLarge: 'Ese número es demasiado grande.',
  },
  unknownCheck: "Esta tarea usa una comprobación desconocida '{kind}'.",
  couldNotRun: 'No se pudo ejecutar la comprobación: {why}',
  ...unitsAndRegions,
  ...descentAndGradients,
};
