import type Database from 'better-sqlite3';

/** The reason given to runs found unfinished at start-up. */
export const INTERRUPTED_REASON =
  'the app closed or crashed while this run was training; resume it from its last checkpoint';

/**
 * Marks runs left `running` or `paused` by a previous session as `crashed`, with a reason.
 * Their metrics and last checkpoint are kept, so they can be resumed. Call once at start-up,
 * before any trainer starts: a run of this session would be marked too.
 * @returns the ids of the runs marked
 */
export function markInterruptedRuns(db: Database.Database, now: number): number[] {
  const rows = db
    .prepare<[string, number], { id: number }>(
      `UPDATE experiments SET status = 'crashed', reason = ?, finished_at = ?
       WHERE status IN ('running', 'paused') RETURNING id`,
    )
    .all(INTERRUPTED_REASON, now);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
