/**
 * The message id and values behind each English message of the request schemas' building
 * blocks, so that a refused request can be said in the reader's language (request-detail.ts).
 * Zod keeps only a check's message, not values of our choosing, so a building block records
 * its message here as it is made: the same English always means the same id and values
 * ("expected a whole number from 1 to 65536" is wholeFrom, 1, 65536). Only messages fixed
 * when a schema is built are recorded, so the table stays as small as the schemas; a message
 * made while checking a value carries its id in the issue's params instead.
 */

/** A message's id and the values it names. */
export interface RequestWords {
  id: string;
  values: Record<string, string | number>;
}

const recorded = new Map<string, RequestWords>();

/**
 * The English `message`, recorded as meaning `id` with `values`.
 * @returns message, unchanged (main's answer and the command line keep it)
 */
export function worded(
  message: string,
  id: string,
  values: Record<string, string | number> = {},
): string {
  recorded.set(message, { id, values });
  return message;
}

/** The id and values a building block recorded for `message`, or undefined. */
export const wordsOf = (message: string): RequestWords | undefined => recorded.get(message);

/** Every id recorded so far (each needs a message in the renderer's area `request-errors`). */
export const recordedIds = (): Set<string> => new Set([...recorded.values()].map((w) => w.id));
