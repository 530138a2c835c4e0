/**
 * A problem the engine finds in a figure's setup (a network's spec, a McCulloch–Pitts wiring,
 * a generator's parameters) as the issue the schema reports: the engine's English message, id
 * 'engine' and the engine's code and values in params, so that the renderer says it from the
 * engine's own messages (src-renderer/labs/teacher/lab-problem-text.ts).
 */
import { problemOf, type EngineProblem } from '../../../src-engine/core/engine-error';
import type { IssueValues } from './setup-issues';

/** What to spread into ctx.addIssue. */
export interface EngineIssue {
  message: string;
  params?: IssueValues & { id: 'engine'; code: string };
}

/** The issue of a problem the engine reported. */
export const engineIssue = ({ code, values, message }: EngineProblem): EngineIssue => ({
  message,
  params: { ...values, code, id: 'engine' },
});

/** The issue of an error a setup threw: the engine's problem, or any other error's message. */
export function thrownIssue(error: unknown): EngineIssue {
  const problem = problemOf(error);
  if (problem) return engineIssue(problem);
  return { message: error instanceof Error ? error.message : String(error) };
}
