/**
 * A list of "field: what is wrong" messages collected while checking a lab file, with helpers
 * that read one field and record a problem under its dotted path (`activities[0].task.id`).
 */

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem found in part of a value: where (dotted path, may be empty) and what. */
export interface FieldProblem {
  path: string;
  message: string;
}

const join = (path: string | undefined, key: string): string => (path ? `${path}.${key}` : key);

/** Collects problems; every helper returns whether the field was fine. */
export class Problems {
  readonly items: string[] = [];

  get empty(): boolean {
    return this.items.length === 0;
  }

  add(path: string, message: string): void {
    this.items.push(`${path}: ${message}`);
  }

  record(value: unknown, path: string): value is Record<string, unknown> {
    if (isRecord(value)) return true;
    this.add(path, 'must be an object');
    return false;
  }

  textAt(value: unknown, path: string): boolean {
    if (typeof value === 'string' && value.trim().length > 0) return true;
    this.add(path, 'must be a non-empty text');
    return false;
  }

  text(o: Record<string, unknown>, key: string, path?: string): boolean {
    return this.textAt(o[key], join(path, key));
  }

  pattern(
    o: Record<string, unknown>,
    key: string,
    re: RegExp,
    what: string,
    path?: string,
  ): boolean {
    const v = o[key];
    if (typeof v === 'string' && re.test(v)) return true;
    this.add(join(path, key), `must be ${what}, got ${JSON.stringify(v)}`);
    return false;
  }

  number(
    o: Record<string, unknown>,
    key: string,
    min: number,
    max: number,
    path?: string,
  ): boolean {
    const v = o[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return true;
    this.add(join(path, key), `must be a number from ${min} to ${max}, got ${JSON.stringify(v)}`);
    return false;
  }

  integer(
    o: Record<string, unknown>,
    key: string,
    min: number,
    max: number,
    path?: string,
  ): boolean {
    const v = o[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return true;
    this.add(
      join(path, key),
      `must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`,
    );
    return false;
  }

  /** Checks `o[key]` is an array of at least `min` items and visits each with its path. */
  list(
    o: Record<string, unknown>,
    key: string,
    each: (item: unknown, path: string) => void,
    min = 0,
    path?: string,
  ): boolean {
    const v = o[key];
    const at = join(path, key);
    if (!Array.isArray(v)) {
      this.add(at, 'must be a list');
      return false;
    }
    if (v.length < min) {
      this.add(at, `must have at least ${min} item${min === 1 ? '' : 's'}`);
      return false;
    }
    v.forEach((item, i) => each(item, `${at}[${i}]`));
    return true;
  }
}
