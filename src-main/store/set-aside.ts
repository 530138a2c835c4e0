import fs from 'node:fs';

/** The files SQLite keeps beside a database in WAL mode. */
const COMPANIONS = ['-wal', '-shm'] as const;

/**
 * Renames a database file, with its -wal and -shm files, to `<file>.corrupt-<timestamp>`
 * (plus `-wal`/`-shm`), so SQLite still pairs them if someone opens the kept copy to
 * recover it. Nothing is deleted; an existing name is never overwritten.
 * @param at the time to put in the name, milliseconds since 1970
 * @returns the new path of the database file
 */
export function setAsideDatabase(file: string, at: number): string {
  // Colons are not allowed in Windows file names.
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 2; taken(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
  fs.renameSync(file, target);
  for (const suffix of COMPANIONS) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

function taken(target: string): boolean {
  return COMPANIONS.some((s) => fs.existsSync(target + s)) || fs.existsSync(target);
}
