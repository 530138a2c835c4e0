import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forkLauncher } from './trainer-launcher';
import type { TrainerLauncher } from './trainer-launcher';

/**
 * A fork launcher for the trainer that belongs with the calling module: the built
 * `trainer.js` beside a built entry (out/main/), or the TypeScript source through tsx when
 * running from sources.
 * @param moduleUrl the caller's `import.meta.url`
 */
export function localTrainerLauncher(moduleUrl: string): TrainerLauncher {
  const built = fileURLToPath(new URL('./trainer.js', moduleUrl));
  if (!moduleUrl.endsWith('.ts') && existsSync(built)) return forkLauncher(built);
  const source = fileURLToPath(new URL('../training/trainer-process.ts', moduleUrl));
  return forkLauncher(source, ['--import', 'tsx']);
}
