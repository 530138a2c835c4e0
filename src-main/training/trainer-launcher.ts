import { fork } from 'node:child_process';
import type { FromTrainer, ToTrainer } from './protocol';

/** A started trainer process, whatever started it. */
export interface TrainerChannel {
  readonly pid: number | undefined;
  send(message: ToTrainer): void;
  onMessage(listener: (message: FromTrainer) => void): void;
  /** called once when the process has ended: exit code, or the signal that ended it */
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  /** lets the process end by itself (its work is done), killing it if it has not after 2 s */
  close(): void;
  kill(): void;
}

/** Starts trainer processes. The Electron host provides one built on utilityProcess. */
export type TrainerLauncher = () => TrainerChannel;

/**
 * Starts trainers with child_process.fork and structured-clone messages ('advanced'
 * serialization), the faithful stand-in for Electron's utilityProcess.
 * @param entry the trainer entry file (built: out/main/trainer.js; from sources: the .ts file
 * with `execArgv: ['--import', 'tsx']`)
 */
export function forkLauncher(entry: string, execArgv: string[] = []): TrainerLauncher {
  return () => {
    const child = fork(entry, [], {
      serialization: 'advanced',
      execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // A trainer can die between any two messages; writing to its closed channel then fails
    // (EPIPE). That must never reach the host as an unhandled error: the 'exit' event already
    // reports the dead trainer, with its signal or code.
    child.on('error', () => undefined);
    return {
      pid: child.pid,
      send: (message) => {
        if (child.connected) child.send(message, () => undefined);
      },
      onMessage: (listener) => child.on('message', (m) => listener(m as FromTrainer)),
      onExit: (listener) => child.once('exit', listener),
      close: () => {
        if (child.connected) child.disconnect();
        setTimeout(
          () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'),
          2000,
        ).unref();
      },
      kill: () => void child.kill('SIGKILL'),
    };
  };
}
