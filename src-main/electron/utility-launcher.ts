import { utilityProcess } from 'electron';
import type { FromTrainer } from '../training/protocol';
import type { TrainerLauncher } from '../training/trainer-launcher';
import { TRAINER_SERVICE, type TrainerExits } from './trainer-exits';

/**
 * Starts trainers as Electron utility processes (Chromium's own process model: a trainer
 * that crashes is reported, never taken for the app), speaking the same messages as the
 * forked trainers of the local host.
 * @param entry the built trainer entry (out/main/trainer.js)
 * @param exits reasons from app's `child-process-gone`, to say how a trainer ended
 */
export function utilityLauncher(entry: string, exits: TrainerExits): TrainerLauncher {
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: TRAINER_SERVICE,
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
      // `exit` gives a code only; child-process-gone, which comes first, says why
      onExit: (listener) => child.once('exit', (code: number) => listener(exits.exitOf(code))),
      close: () => {
        if (!exited) child.kill();
      },
      kill: () => {
        if (!exited) child.kill();
      },
    };
  };
}
