// A schema written without messages of its own is still refused with ids and values (main's
// contract/zod-issue-words.ts): zod's own issues by their kind, each id with a message in both
// languages.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssueWords } from '../../../src-main/contract/zod-issue-words';
import { i18n } from '../../../src-renderer/i18n';

const schema = z.strictObject({
  list: z.array(z.number()).min(2),
  short: z.string().max(3),
  long: z.string().min(3),
  above: z.number().gt(0),
  atLeast: z.number().min(1),
  below: z.number().lt(5),
  atMost: z.number().max(5),
  choice: z.enum(['x', 'y']),
  pattern: z.string().regex(/^a+$/),
  flag: z.boolean(),
});

const bad = {
  list: [1],
  short: 'abcd',
  long: 'ab',
  above: 0,
  atLeast: 0,
  below: 5,
  atMost: 6,
  choice: 'z',
  pattern: 'b',
  flag: 'yes',
};

describe('zod’s own issues as ids', () => {
  const issues = schema.safeParse(bad).error?.issues ?? [];
  const said = Object.fromEntries(issues.map((i) => [String(i.path[0]), zodIssueWords(i)]));

  it('name each kind with its values', () => {
    expect(said).toEqual({
      list: { id: 'itemsAtLeast', values: { limit: 2 } },
      short: { id: 'charactersUpTo', values: { limit: 3 } },
      long: { id: 'charactersAtLeast', values: { limit: 3 } },
      above: { id: 'above', values: { limit: 0 } },
      atLeast: { id: 'atLeast', values: { limit: 1 } },
      below: { id: 'below', values: { limit: 5 } },
      atMost: { id: 'atMost', values: { limit: 5 } },
      choice: { id: 'oneOf', values: { values: "'x', 'y'" } },
      pattern: { id: 'format', values: {} },
      flag: { id: 'expectedKind', values: { kind: 'boolean' } },
    });
  });

  it('each id has a message in both languages', () => {
    for (const words of Object.values(said))
      for (const locale of ['en', 'es'] as const)
        expect(i18n.global.te(`request-errors.${words?.id}`, locale), words?.id).toBe(true);
  });

  it('leaves a kind it has no words for to main’s English', () => {
    const union = z.union([z.number(), z.string()]).safeParse(true).error?.issues[0];
    expect(union && zodIssueWords(union)).toBeUndefined();
  });
});
