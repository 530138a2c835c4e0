/** What a check answers: pass or fail, and a sentence saying what is right or still wrong. */
export interface CheckResult {
  passed: boolean;
  message: string;
}

export const pass = (message: string): CheckResult => ({ passed: true, message });
export const fail = (message: string): CheckResult => ({ passed: false, message });

/** A named check: validates its parameters (from the lab file) and judges a student's answer. */
export interface CheckKind<P> {
  /** Problems with the parameters, paths relative to the check object. */
  paramProblems(params: Record<string, unknown>): { path: string; message: string }[];
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

/** Problems of a 0/1 output column for 2^n rows. */
export function outputsProblems(v: unknown): { path: string; message: string }[] {
  if (
    !Array.isArray(v) ||
    v.length < 2 ||
    (v.length & (v.length - 1)) !== 0 ||
    !v.every((o) => o === 0 || o === 1)
  ) {
    return [
      { path: 'outputs', message: 'must be a list of 0/1 outputs, one per row (2, 4, 8, … rows)' },
    ];
  }
  return [];
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
