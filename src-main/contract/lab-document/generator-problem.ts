/**
 * A figure's built-in dataset the engine cannot generate, as the problem the schema reports:
 * the engine's English message, with for an unknown generator the lessons' own id and values,
 * and for a parameter the engine's code and values (engine-issue.ts).
 */
import { GENERATORS_BY_NAME } from '../../../src-engine/data/generators';
import { describe } from '../../../src-engine/data/validate';
import { thrownIssue, type EngineIssue } from './engine-issue';
import { said, type Said } from './setup-issues';

/** The problem of generating `name`, which threw `error`. */
export function generatorProblem(name: unknown, error: unknown): Said | EngineIssue {
  if (typeof name === 'string' && !Object.hasOwn(GENERATORS_BY_NAME, name))
    return said('unknownGenerator', thrownIssue(error).message, {
      name: describe(name),
      known: Object.keys(GENERATORS_BY_NAME).join(', '),
    });
  return thrownIssue(error);
}
