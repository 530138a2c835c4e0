// The entry of a trainer process: one per run, so that a crash or an endless loop costs one
// run, never the app. Started by the supervisor (Electron's utilityProcess in the desktop
// app, child_process.fork in the local host and the command line). The run trains on a thread
// of its own (trainer-worker.ts); this thread stays free to hear commands and draw snapshots.
import { connectToParent } from './parent-port';
import { RunHost, type WorkerEntry } from './run-host';

process.title = 'neuron-lab-trainer';

const HEARTBEAT_MS = 1000;
const port = connectToParent();
let host: RunHost | null = null;

/** The training thread's file beside this one: built (.js), or from sources through tsx. */
function workerEntry(): WorkerEntry {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { file: new URL('./trainer-worker.js', here) };
  return {
    source: new URL('./trainer-worker.ts', here),
    loader: import.meta.resolve('tsx/esm/api'),
  };
}

// The trainer does not exit by itself when its run ends: exiting could drop its last
// message; the supervisor closes the channel once it has the message, and the process ends.
function fail(reason: string): void {
  port.send({ type: 'failed', reason });
}

port.onMessage((message) => {
  try {
    if (message.type === 'start') {
      if (host) throw new Error('this trainer is already running a run');
      host = new RunHost(message.run, port, workerEntry());
    } else if (!host) {
      // controls before the run are replayed by the supervisor after 'start'
    } else if (message.type === 'command') host.command(message.command);
    else if (message.type === 'watch') host.setWatch(message.watch);
    else if (message.type === 'ack') host.ack();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
});

// The supervisor takes a silent trainer for a hung one: the heartbeat goes only while the
// training thread moves from batch to batch (or waits, paused), so an endless batch is seen.
setInterval(() => {
  if (!host || host.isAlive()) port.send({ type: 'heartbeat' });
}, HEARTBEAT_MS).unref();
// A forked trainer whose parent has gone (the app quit or crashed) has no one to report to.
process.on('disconnect', () => process.exit(0));
// Its output went to the parent as well: writing there now fails (EPIPE), which must end the
// process quietly through 'disconnect', not print an unhandled 'error' event.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
port.send({ type: 'ready', pid: process.pid });
