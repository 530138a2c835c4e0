/**
 * What the engine tells a person, as data as well as words. The English `message` is what the
 * command line and the logs print; `code` and `values` let an interface say the same thing in
 * its reader's language (the renderer's message area `engine`), and `parts` carries the
 * problems a message lists (the spec's problems inside "model file: spec: …"). The engine
 * stays free of any translator: it only names what went wrong and with which values.
 */
import type { EngineCode } from './engine-codes';

/** The values a message names: layer numbers, sizes, field paths, the value received. */
export type EngineValues = Record<string, string | number>;

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

/** A problem, typed so that a code always comes with the values its messages name. */
export function engineProblem(
  code: EngineCode,
  values: EngineValues,
  message: string,
  parts?: EngineProblem[],
): EngineProblem {
  return parts ? { code, values, message, parts } : { code, values, message };
}

/** The problem an error carries (as data, for a message that crosses a process), or null. */
export function problemOf(error: unknown): EngineProblem | null {
  if (!(error instanceof EngineError)) return null;
  return engineProblem(error.code, error.values, error.message, error.parts);
}
