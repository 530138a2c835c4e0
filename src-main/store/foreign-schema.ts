import type Database from 'better-sqlite3';

/** Tables every version of the lab's schema has (migration 1). */
const OWN_TABLES = ['datasets', 'designs', 'experiments', 'metrics', 'checkpoints', 'models'];

/**
 * Why a SQLite file is another program's database rather than the lab's, or undefined when
 * it is the lab's (or empty, so a new one): at schema version 0 it holds tables, or at a
 * later version it lacks the lab's own. Such a file is never migrated in place.
 * @param version its `PRAGMA user_version`
 */
export function foreignSchema(db: Database.Database, version: number): string | undefined {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => row.name);
  const shown = () => {
    const list = tables.slice(0, 5).join(', ');
    return tables.length > 5 ? `${list}, …` : list;
  };
  if (version === 0) {
    return tables.length > 0 ? `it is another program's database (tables ${shown()})` : undefined;
  }
  const missing = OWN_TABLES.filter((t) => !tables.includes(t));
  if (missing.length === 0) return undefined;
  return `it says schema version ${version} but lacks the lab's tables (${missing.join(', ')}): another program's database`;
}
