/**
 * A figure's built-in dataset the engine cannot generate, as the problem the schema reports:
 * the engine's English message, and for an unknown generator its id and values (the engine's
 * other generator errors, about parameters, have no code yet and stay English).
 */
import { GENERATORS_BY_NAME } from '../../../src-engine/data/generators';
import { describe } from '../../../src-engine/data/validate';
import { said, type Said } from './setup-issues';

/** The problem of generating `name`, which threw `error`. */
export function generatorProblem(name: unknown, error: unknown): Said | { message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (typeof name === 'string' && !Object.hasOwn(GENERATORS_BY_NAME, name))
    return said('unknownGenerator', message, {
      name: describe(name),
      known: Object.keys(GENERATORS_BY_NAME).join(', '),
    });
  return { message };
}
