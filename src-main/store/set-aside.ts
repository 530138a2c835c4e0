import fs from 'node:fs';

/** The files SQLite keeps beside a database in WAL mode. */
const COMPANIONS = ['-wal', '-shm'] as const;

/** Why a file is set aside, as it shows in the kept name. */
export type SetAsideReason = 'corrupt' | 'foreign' | 'orphan';

/** `<file>.<reason>-<timestamp>`, unused (with its companions) so nothing is overwritten. */
function keptName(file: string, reason: SetAsideReason, at: number): string {
  // Colons are not allowed in Windows file names.
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  let target = `${file}.${reason}-${stamp}`;
  for (let n = 2; taken(target); n++) target = `${file}.${reason}-${stamp}-${n}`;
  return target;
}

/**
 * Renames a database file, with its -wal and -shm files, to `<file>.<reason>-<timestamp>`
 * (plus `-wal`/`-shm`), so SQLite still pairs them if someone opens the kept copy to
 * recover it. Nothing is deleted; an existing name is never overwritten.
 * @param at the time to put in the name, milliseconds since 1970
 * @returns the new path of the database file
 */
export function setAsideDatabase(file: string, at: number, reason: SetAsideReason = 'corrupt') {
  const target = keptName(file, reason, at);
  fs.renameSync(file, target);
  for (const suffix of COMPANIONS) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/**
 * Moves a -wal (and -shm) file left without its database aside before a new database is
 * made there: SQLite would take it for the new database's log, or delete it, and whatever
 * it holds (the last commits of a database deleted or moved by hand) would be lost.
 * @returns the kept -wal file's path, or undefined when there was none
 */
export function setAsideOrphans(file: string, at: number): string | undefined {
  const present = COMPANIONS.filter((suffix) => fs.existsSync(file + suffix));
  if (present.length === 0) return undefined;
  const target = keptName(file, 'orphan', at);
  for (const suffix of present) fs.renameSync(file + suffix, target + suffix);
  return target + present[0];
}

function taken(target: string): boolean {
  return COMPANIONS.some((s) => fs.existsSync(target + s)) || fs.existsSync(target);
}
