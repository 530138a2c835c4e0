/**
 * The named checks a lab task may use: `{ kind: 'truth-table-equals', … }`. The kind picks a
 * function of the renderer's check registry (src-renderer/labs/checks/registry.ts, which must
 * have exactly these keys); the rest of the object are its parameters, checked here by the
 * kind's own schema (check-params.ts), in main as in the renderer.
 */
import { z } from 'zod';
import { CHECK_KIND_NAMES, type CheckKindName } from './check-kind-names';
import { checkSchema } from './check-params';
import { checkedBy, shown, shaped } from './fields';

const isCheckKind = (kind: unknown): kind is CheckKindName =>
  typeof kind === 'string' && (CHECK_KIND_NAMES as readonly string[]).includes(kind);

/** A check whose kind is unknown (or missing): only the kind is named. */
const unknownCheck = z.looseObject(
  {
    kind: shaped<CheckKindName>(isCheckKind, {
      error: (issue) =>
        `unknown check ${shown(issue.input)} (known: ${CHECK_KIND_NAMES.join(', ')})`,
      params: { id: 'unknownCheck', known: CHECK_KIND_NAMES.join(', ') },
    }),
  },
  { error: 'must be an object' },
);

type AnyCheck = z.infer<typeof unknownCheck>;
const schemas = new Map<CheckKindName, z.ZodType<AnyCheck>>();
const schemaOf = (kind: CheckKindName) =>
  schemas.get(kind) ?? schemas.set(kind, checkSchema(kind) as z.ZodType<AnyCheck>).get(kind)!;

/** `{ kind, ...params }`, the parameters checked by the kind's schema. */
export const taskCheck = checkedBy<AnyCheck>((value) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof value === 'object' && value !== null && isCheckKind(kind)
    ? schemaOf(kind)
    : unknownCheck;
});

export type TaskCheck = z.infer<typeof taskCheck>;

/** Problems of one check object, `{ kind, ...params }` (paths relative to it, "a.b"). */
export function checkProblems(check: unknown): { path: string; message: string }[] {
  const result = taskCheck.safeParse(check);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
