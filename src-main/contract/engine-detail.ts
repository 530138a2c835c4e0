/**
 * The engine's problems as the contract's ErrorDetail: key `engine.<code>`, its values as
 * params, the problems it lists as parts, so that the renderer says them in its reader's
 * language (src-renderer/i18n/engine-text.ts) while main's message stays the engine's English.
 */
import { problemOf, type EngineProblem } from '../../src-engine/core/engine-error';
import type { ErrorDetail } from './result';

function detailOf(problem: EngineProblem): ErrorDetail & { message: string } {
  const detail: ErrorDetail & { message: string } = {
    key: `engine.${problem.code}`,
    params: { ...problem.values },
    message: problem.message,
  };
  if (problem.parts) detail.parts = problem.parts.map(detailOf);
  return detail;
}

/** A problem the engine reported, as a detail. */
export function problemDetail(problem: EngineProblem): ErrorDetail {
  const { key, params, parts } = detailOf(problem);
  return parts ? { key, params, parts } : { key, params };
}

/** The detail of an error the engine threw (an EngineError), or undefined for any other. */
export function engineDetail(error: unknown): ErrorDetail | undefined {
  const problem = problemOf(error);
  return problem ? problemDetail(problem) : undefined;
}
