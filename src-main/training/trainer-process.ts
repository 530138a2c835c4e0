// The entry of a trainer process: one per run, so that a crash or an endless loop costs one
// run, never the app. Started by the supervisor (Electron's utilityProcess in the desktop
// app, child_process.fork in the local host and the command line).
import { connectToParent } from './parent-port';
import { TrainingRun } from './run-training';

process.title = 'neuron-lab-trainer';

const HEARTBEAT_MS = 1000;
const port = connectToParent();
let run: TrainingRun | null = null;

// The trainer does not exit by itself when its run ends: exiting could drop its last
// message; the supervisor closes the channel once it has the message, and the process ends.
function fail(reason: string): void {
  port.send({ type: 'failed', reason });
}

port.onMessage((message) => {
  try {
    if (message.type === 'start') {
      if (run) throw new Error('this trainer is already running a run');
      run = new TrainingRun(message.run, port);
      run.start().catch((error: unknown) => fail(describe(error)));
    } else if (run) {
      run.handle(message);
      // The step runs when the paused session wakes (a microtask); after it, send its numbers
      // and a picture at once rather than when the next report happens to come.
      if (message.type === 'step') setTimeout(() => run?.afterStep(), 0);
    }
  } catch (error) {
    fail(describe(error));
  }
});

// The supervisor takes a silent trainer for a hung one; the session yields every few
// milliseconds, so this timer fires as long as training is healthy.
setInterval(() => port.send({ type: 'heartbeat' }), HEARTBEAT_MS).unref();
// A forked trainer whose parent has gone (the app quit or crashed) has no one to report to.
process.on('disconnect', () => process.exit(0));
port.send({ type: 'ready', pid: process.pid });

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
