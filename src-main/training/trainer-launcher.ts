import { fork } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { FromTrainer, ToTrainer, TrainerExit } from './protocol';

/** A started trainer process, whatever started it. */
export interface TrainerChannel {
  readonly pid: number | undefined;
  send(message: ToTrainer): void;
  onMessage(listener: (message: FromTrainer) => void): void;
  /** called once when the process has ended, with how it ended */
  onExit(listener: (exit: TrainerExit) => void): void;
  /** lets the process end by itself (its work is done), killing it if it has not after 2 s */
  close(): void;
  kill(): void;
}

/** Starts trainer processes. The Electron host provides one built on utilityProcess. */
export type TrainerLauncher = () => TrainerChannel;

/** What V8 prints when a heap runs out (the process then aborts). */
const OUT_OF_MEMORY = /JavaScript heap out of memory|Allocation failed|Reached heap limit/;

/**
 * How a forked process ended. A signal we did not send (SIGKILL from the kernel's OOM killer,
 * say) reads as "killed"; an abort after V8's out-of-memory message as "oom".
 */
export function forkExit(
  code: number | null,
  signal: string | null,
  saidOutOfMemory: boolean,
): TrainerExit {
  if (saidOutOfMemory) return { kind: 'oom', code, signal };
  if (signal === 'SIGKILL' || signal === 'SIGTERM' || signal === 'SIGINT')
    return { kind: 'killed', code, signal };
  if (signal !== null || code !== 0) return { kind: 'crashed', code, signal };
  return { kind: 'clean', code, signal };
}

/**
 * Starts trainers with child_process.fork and structured-clone messages ('advanced'
 * serialization), the faithful stand-in for Electron's utilityProcess. The trainer's error
 * output is passed on line by line, prefixed with its process id.
 * @param entry the trainer entry file (built: out/main/trainer.js; from sources: the .ts file
 * with `execArgv: ['--import', 'tsx']`)
 */
export function forkLauncher(entry: string, execArgv: string[] = []): TrainerLauncher {
  return () => {
    const child = fork(entry, [], {
      serialization: 'advanced',
      execArgv,
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let outOfMemory = false;
    let stderrEnded = !child.stderr;
    if (child.stderr) {
      createInterface({ input: child.stderr }).on('line', (line) => {
        if (OUT_OF_MEMORY.test(line)) outOfMemory = true;
        process.stderr.write(`[trainer ${child.pid}] ${line}\n`);
      });
      child.stderr.once('end', () => (stderrEnded = true));
    }
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
      onExit: (listener) => {
        // The error output may still hold the last lines (V8's out-of-memory message): give
        // it a moment to end. Not 'close', which a grandchild holding the pipe can delay.
        child.once('exit', (code, signal) => {
          const report = () => listener(forkExit(code, signal, outOfMemory));
          if (stderrEnded) report();
          else {
            const timer = setTimeout(report, 200);
            child.stderr?.once('end', () => {
              clearTimeout(timer);
              report();
            });
          }
        });
      },
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
