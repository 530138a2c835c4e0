import { utilityProcess } from 'electron';
import type { FromTrainer } from '../training/protocol';
import type { TrainerLauncher } from '../training/trainer-launcher';

/**
 * Starts trainers as Electron utility processes (Chromium's own process model: a trainer
 * that crashes is reported, never taken for the app), speaking the same messages as the
 * forked trainers of the local host.
 * @param entry the built trainer entry (out/main/trainer.js)
 */
export function utilityLauncher(entry: string): TrainerLauncher {
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: 'Neuron Lab trainer',
      stdio: 'inherit',
    });
    let exited = false;
    child.once('exit', () => (exited = true));
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => {
        if (!exited) child.postMessage(message);
      },
      onMessage: (listener) =>
        child.on('message', (message: unknown) => listener(message as FromTrainer)),
      // utilityProcess reports an exit code only; a crash shows as a non-zero code
      onExit: (listener) => child.once('exit', (code: number) => listener(code, null)),
      close: () => {
        if (!exited) child.kill();
      },
      kill: () => {
        if (!exited) child.kill();
      },
    };
  };
}
