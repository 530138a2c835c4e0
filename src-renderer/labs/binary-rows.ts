/**
 * The 2^n binary input rows, first input most significant (the engine's truth-table order).
 * Pure (no i18n, no Vue): the e2e journeys compute expectations with the same code the figures
 * and checks use.
 */
export function binaryRows(n: number): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < 1 << n; r++) {
    const x: number[] = [];
    for (let j = n - 1; j >= 0; j--) x.push((r >> j) & 1);
    rows.push(x);
  }
  return rows;
}
