/** What a check answers: pass or fail, and a sentence saying what is right or still wrong. */
export interface CheckResult {
  passed: boolean;
  message: string;
}

export const pass = (message: string): CheckResult => ({ passed: true, message });
export const fail = (message: string): CheckResult => ({ passed: false, message });

/**
 * A named check: judges a student's answer. Its parameters (from the lab file) were checked by
 * the kind's schema in src-main/contract/lab-document/check-params.ts, which main uses too.
 */
export interface CheckKind<P> {
  /** Judges the answer the figure reports. Never throws: a malformed answer fails with a message. */
  run(params: P, answer: unknown): CheckResult;
}

/** The 2^n binary input rows, first input most significant (the engine's truth-table order). */
export function binaryRows(n: number): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < 1 << n; r++) {
    const x: number[] = [];
    for (let j = n - 1; j >= 0; j--) x.push((r >> j) & 1);
    rows.push(x);
  }
  return rows;
}

/** A labelled point list [x1, x2, t][] from an answer, or null. */
export function readPoints(v: unknown): [number, number, number][] | null {
  if (!Array.isArray(v)) return null;
  for (const p of v) {
    if (!Array.isArray(p) || p.length !== 3 || !p.every((n) => Number.isFinite(n))) return null;
  }
  return v as [number, number, number][];
}

/** Numbers shown to the student: at most 3 decimals, no trailing zeros. */
export function fmt(v: number): string {
  return String(Math.round(v * 1000) / 1000);
}
