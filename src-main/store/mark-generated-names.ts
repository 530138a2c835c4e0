import type Database from 'better-sqlite3';
import { generatedName, isBuiltin } from '../builtin-data';
import type { GeneratedName } from './records';

const BUILTIN = 'builtin:';

interface Row {
  id: number;
  name: string;
  source: string;
  generator_json: string | null;
}

/**
 * Records `name_from_json` for datasets stored before main said which names it chose (schema
 * 8). Such a row holds no record of who named it, so the only sign left is its name: a
 * built-in's row whose name is exactly the English main gives that built-in and its parameters
 * is taken as main's. This is the one place a name is recognised by its text, and only once,
 * on upgrade; a person who had typed that very name is taken as main too (older versions said
 * such a name in the reader's language as well). Rows without parameters (drawn before schema
 * 5) match when main's name had none.
 */
export function markGeneratedNames(db: Database.Database): void {
  const rows = db
    .prepare<[], Row>(
      `SELECT id, name, source, generator_json FROM datasets WHERE substr(source, 1, ${BUILTIN.length}) = '${BUILTIN}'`,
    )
    .all();
  const mark = db.prepare<[string, number]>('UPDATE datasets SET name_from_json = ? WHERE id = ?');
  for (const row of rows) {
    const builtin = row.source.slice(BUILTIN.length);
    if (!isBuiltin(builtin)) continue;
    const params = generatorParams(row.generator_json);
    if (params && row.name === generatedName(builtin, params)) {
      const from: GeneratedName = { builtin, params };
      mark.run(JSON.stringify(from), row.id);
    }
  }
}

/** The parameters a stored `generator_json` holds ({} when none was stored), or null when it
 * cannot be read (the row is then left as a name someone gave). */
function generatorParams(json: string | null): Record<string, number> | null {
  if (json === null) return {};
  try {
    const params = (JSON.parse(json) as { params?: unknown }).params;
    if (!params || typeof params !== 'object') return null;
    const entries = Object.entries(params);
    return entries.every(([, v]) => typeof v === 'number') ? Object.fromEntries(entries) : null;
  } catch {
    return null;
  }
}
