import { i18n } from '../../i18n';

/**
 * The sixteen functions of two binary inputs, named as a student would say them, keyed by their
 * truth table over the rows (0,0) (0,1) (1,0) (1,1), e.g. '0111' is OR. The gates' names are
 * the logic's own notation in every language; the two constants are words, looked up in the
 * interface's language (`figures.neverFires`, `figures.alwaysFires`) when a name is asked for.
 */
const FUNCTIONS: readonly { table: string; name: string }[] = [
  { table: '0000', name: 'figures.neverFires' },
  { table: '0001', name: 'x₁ AND x₂' },
  { table: '0010', name: 'x₁ AND NOT x₂' },
  { table: '0011', name: 'x₁' },
  { table: '0100', name: 'x₂ AND NOT x₁' },
  { table: '0101', name: 'x₂' },
  { table: '0110', name: 'x₁ XOR x₂' },
  { table: '0111', name: 'x₁ OR x₂' },
  { table: '1000', name: 'x₁ NOR x₂' },
  { table: '1001', name: 'x₁ XNOR x₂' },
  { table: '1010', name: 'NOT x₂' },
  { table: '1011', name: 'x₁ OR NOT x₂' },
  { table: '1100', name: 'NOT x₁' },
  { table: '1101', name: 'x₂ OR NOT x₁' },
  { table: '1110', name: 'x₁ NAND x₂' },
  { table: '1111', name: 'figures.alwaysFires' },
];

const named = (name: string) => (name.startsWith('figures.') ? i18n.global.t(name) : name);

/** The sixteen functions, named in the interface's language. */
export function booleanFunctions(): { table: string; name: string }[] {
  return FUNCTIONS.map((f) => ({ table: f.table, name: named(f.name) }));
}

/** The name of a truth table '0111' in the interface's language, or null for anything else. */
export function booleanName(table: string): string | null {
  const found = FUNCTIONS.find((f) => f.table === table);
  return found ? named(found.name) : null;
}
