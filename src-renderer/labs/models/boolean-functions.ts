/**
 * The sixteen functions of two binary inputs, named as a student would say them, keyed by their
 * truth table over the rows (0,0) (0,1) (1,0) (1,1), e.g. '0111' is OR.
 */
export const BOOLEAN_FUNCTIONS: readonly { table: string; name: string }[] = [
  { table: '0000', name: 'never fires (0)' },
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
  { table: '1111', name: 'always fires (1)' },
];

/** The name of a truth table '0111', or null for anything else. */
export function booleanName(table: string): string | null {
  return BOOLEAN_FUNCTIONS.find((f) => f.table === table)?.name ?? null;
}
