/**
 * What the engine tells a person, as data as well as words. The English `message` is what the
 * command line and the logs print; `code` and `values` let an interface say the same thing in
 * its reader's language (the renderer's message area `engine`), and `parts` carries the
 * problems a message lists (the spec's problems inside "model file: spec: …"). The engine
 * stays free of any translator: it only names what went wrong and with which values, and fills
 * its English from the one table of its messages (core/engine-english.ts).
 */
import type { ENGINE_CODES, EngineCode } from './engine-codes';
import { ENGINE_ENGLISH } from './engine-english';

/** The values a message names: layer numbers, sizes, field paths, the value received. */
export type EngineValues = Record<string, string | number>;

/** A received value's companions (see gotValues in data/validate.ts): its kind and length. */
interface GotCompanions {
  gotKind?: string;
  gotCount?: number;
}

/** The values of code C's message: exactly the names ENGINE_CODES lists for it. */
export type ValuesOf<C extends EngineCode> = {
  [N in (typeof ENGINE_CODES)[C][number]]: string | number;
} & GotCompanions;

/** One thing the engine says is wrong. */
export interface EngineProblem {
  code: EngineCode;
  values: EngineValues;
  /** the same, in English */
  message: string;
  /** the problems this one lists, each said on its own */
  parts?: EngineProblem[];
}

/** An Error that carries its problem's code, values and parts. */
export class EngineError extends Error implements EngineProblem {
  readonly code: EngineCode;
  readonly values: EngineValues;
  readonly parts?: EngineProblem[];

  constructor(problem: EngineProblem) {
    super(problem.message);
    this.name = 'EngineError';
    this.code = problem.code;
    this.values = problem.values;
    if (problem.parts) this.parts = problem.parts;
  }
}

/** A message of the table filled in: `{name}` by its value, a quoted `{'{'}` by its text. A
 * name without a value is left as written, so a missing value shows instead of vanishing. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(?:'([^']*)'|(\w+))\}/g, (whole, literal?: string, name?: string) =>
    literal !== undefined
      ? literal
      : name !== undefined && name in values
        ? String(values[name])
        : whole,
  );
}

/** Whether a problem is a network spec's problem about one layer, said after "layer n: ". */
export const isAboutLayer = (problem: { code: string; values: EngineValues }): boolean =>
  problem.code.startsWith('spec.') && problem.values.layer !== undefined;

/** The English message of `code`; the table holds one for every code (its type says so). */
function englishOf(code: EngineCode): string {
  const [group, name] = code.split('.');
  return (ENGINE_ENGLISH as unknown as Record<string, Record<string, string>>)[group][name];
}

/**
 * A problem with its English filled in from the table: its values, and `{parts}` as the listed
 * problems' messages joined by "; ". The compiler holds a code to the values ENGINE_CODES
 * names for it.
 */
export function engineProblem<C extends EngineCode>(
  code: C,
  values: ValuesOf<C>,
  parts?: EngineProblem[],
): EngineProblem {
  const plain = values as EngineValues;
  const filling = parts ? { ...plain, parts: parts.map((p) => p.message).join('; ') } : plain;
  let message = fillMessage(englishOf(code), filling);
  const problem = { code, values: plain };
  if (isAboutLayer(problem))
    message = fillMessage(ENGINE_ENGLISH.atLayer, { layer: plain.layer, problem: message });
  return parts ? { ...problem, message, parts } : { ...problem, message };
}

/** An EngineError to throw, its problem built by engineProblem. */
export function engineError<C extends EngineCode>(
  code: C,
  values: ValuesOf<C>,
  parts?: EngineProblem[],
): EngineError {
  return new EngineError(engineProblem(code, values, parts));
}

/** The problem an error carries (as data, for a message that crosses a process), or null. */
export function problemOf(error: unknown): EngineProblem | null {
  if (!(error instanceof EngineError)) return null;
  const { code, values, message, parts } = error;
  return parts ? { code, values, message, parts } : { code, values, message };
}
