/**
 * One family of attacks as the suites count it: how many cases were tried, how many failed
 * (a crash, a hang, a wrong answer) and in how many saved data was lost or changed without a
 * word. `npm test` runs every family bounded; `npm run fuzz` runs them longer and prints these.
 */
export interface FamilyResult {
  name: string;
  tried: number;
  failed: number;
  dataLost: number;
  /** the first failures, each naming its case (and seed) so it can be replayed */
  failures: string[];
  /** what a person should know about how the family ran (a mount not permitted, …) */
  notes?: string[];
}

/** Collects one family's outcome. */
export class Tally {
  tried = 0;
  failed = 0;
  dataLost = 0;
  readonly failures: string[] = [];
  readonly notes: string[] = [];

  constructor(readonly name: string) {}

  ok(): void {
    this.tried++;
  }

  fail(what: string, { lost = false } = {}): void {
    this.tried++;
    this.failed++;
    if (lost) this.dataLost++;
    if (this.failures.length < 20) this.failures.push(what);
  }

  /** Counts a case: failed when `problem` is a message. */
  check(problem: string | undefined, options?: { lost?: boolean }): void {
    if (problem === undefined) this.ok();
    else this.fail(problem, options);
  }

  result(): FamilyResult {
    return {
      name: this.name,
      tried: this.tried,
      failed: this.failed,
      dataLost: this.dataLost,
      failures: this.failures,
      ...(this.notes.length ? { notes: this.notes } : {}),
    };
  }
}
