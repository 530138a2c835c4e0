import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processAlive } from './process-alive';

/**
 * The processes using one data folder (the app, the local host, the command line may all
 * run at once): each one leaves a file named by its pid in `instances/`. Runs a live process
 * is training must not be marked crashed by another that starts, so interrupted runs are
 * only marked when no other live process uses the folder.
 */
export class InstanceRegistry {
  private readonly dir: string;
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly pid = process.pid,
  ) {
    this.dir = path.join(dataDir, 'instances');
    this.file = path.join(this.dir, String(pid));
  }

  /** Registers this process. @returns whether another live process uses the folder */
  enter(): boolean {
    mkdirSync(this.dir, { recursive: true });
    let othersAlive = false;
    for (const name of readdirSync(this.dir)) {
      const pid = Number(name);
      if (!Number.isInteger(pid) || pid === this.pid) continue;
      if (processAlive(pid)) othersAlive = true;
      else rmSync(path.join(this.dir, name), { force: true }); // left by a process that died
    }
    writeFileSync(this.file, '');
    return othersAlive;
  }

  leave(): void {
    rmSync(this.file, { force: true });
  }
}
