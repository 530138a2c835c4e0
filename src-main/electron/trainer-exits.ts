import type { TrainerExit } from '../training/protocol';

/** What Electron's `child-process-gone` says of a utility process (the fields used here). */
export interface GoneDetails {
  type: string;
  reason: string;
  exitCode: number;
  serviceName?: string;
}

/** The service name trainers are started under, by which their `child-process-gone` events
 * are told from other utility processes'. */
export const TRAINER_SERVICE = 'Neuron Lab trainer';

/**
 * Pairs a trainer's `exit` (which gives only a code) with the reason Electron gave in
 * `child-process-gone` (crashed, killed, oom, …), which names no process: the two are matched
 * by exit code, newest first, within a short time.
 */
export class TrainerExits {
  private readonly gone: Array<{ code: number; reason: string; at: number }> = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** For app.on('child-process-gone'). */
  note(details: GoneDetails): void {
    if (details.type !== 'Utility' || details.serviceName !== TRAINER_SERVICE) return;
    this.gone.push({ code: details.exitCode, reason: details.reason, at: this.now() });
    if (this.gone.length > 32) this.gone.shift();
  }

  /** How a trainer that exited with `code` ended. */
  exitOf(code: number): TrainerExit {
    const recent = this.now() - 5000;
    for (let i = this.gone.length - 1; i >= 0; i--) {
      const entry = this.gone[i];
      if (entry.code === code && entry.at >= recent) {
        this.gone.splice(i, 1);
        return utilityExit(code, entry.reason);
      }
    }
    return utilityExit(code);
  }
}

/** Electron's reason (when known) as a trainer exit. */
export function utilityExit(code: number, reason?: string): TrainerExit {
  const at = { code, signal: null };
  switch (reason) {
    case 'oom':
      return { kind: 'oom', ...at };
    case 'killed':
      return { kind: 'killed', ...at };
    case 'clean-exit':
      return { kind: 'clean', ...at };
    case undefined:
      return { kind: code === 0 ? 'clean' : 'crashed', ...at };
    default: // crashed, abnormal-exit, launch-failed, integrity-failure, memory-eviction
      return { kind: 'crashed', ...at };
  }
}
