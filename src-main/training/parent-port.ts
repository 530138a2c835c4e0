import type { FromTrainer, ToTrainer } from './protocol';

/** The trainer's line to its parent, the same for both ways a trainer is started. */
export interface ParentPort {
  onMessage(listener: (message: ToTrainer) => void): void;
  send(message: FromTrainer): void;
}

interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Electron's utilityProcess gives `process.parentPort`; child_process.fork gives
 * `process.send`. @throws when the process was started by neither */
export function connectToParent(): ParentPort {
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      onMessage: (listener) =>
        electronPort.on('message', (event) => listener(event.data as ToTrainer)),
      send: (message) => electronPort.postMessage(message),
    };
  }
  if (process.send) {
    const send = process.send.bind(process);
    return {
      onMessage: (listener) => process.on('message', (m) => listener(m as ToTrainer)),
      // With a callback, a send to a parent that has gone (EPIPE) is reported there instead
      // of as an unhandled 'error' event; the 'disconnect' handler ends the process.
      send: (message) => void send(message, undefined, undefined, () => undefined),
    };
  }
  throw new Error('the trainer must be started by Neuron Lab (no parent process to talk to)');
}
