/**
 * The line from a trainer process's main thread to its training thread. Commands go as
 * messages on a port; a shared counter says that one is waiting, so the training thread
 * checks for commands between every two batches at the cost of one atomic read, and sleeps
 * on the counter while paused or keeping a pace. Two more shared words go the other way:
 * a batch counter (the thread is alive) and whether the thread is waiting (a quiet thread
 * that waits is paused, not hung).
 *
 * Progress is paced by credit: the thread may have MAX_UNACKED progress messages on their way
 * (to the store and the views); beyond that it waits for an acknowledgement before the next
 * batch. So no queue anywhere grows without end, and a command is never stuck behind a backlog
 * of reports, however many epochs a second a tiny network trains.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { LoopHost } from '../../src-engine/train/run-loop';
import type { RunCommand } from '../../src-engine/train/run-commands';

const SEQ = 0;
const WANT_WEIGHTS = 1;
const BATCHES = 2;
const WAITING = 3;
const ACKED = 4;
const WORDS = 5;

/** Progress messages the training thread may have unacknowledged. */
export const MAX_UNACKED = 3;

/** The shared memory of one control line. */
export function createControlWords(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(WORDS * Int32Array.BYTES_PER_ELEMENT));
}

/** The main thread's end: sends commands, asks for weights, sees whether the thread moves. */
export class ControlSender {
  private lastBatches = 0;

  constructor(
    private readonly words: Int32Array,
    private readonly port: MessagePort,
  ) {}

  /** Sends a command. @returns the thread's batch count the moment the command became
   * visible to it: it acts on it before its next batch, at most one batch later */
  send(command: RunCommand): number {
    // The message is in the port's queue before the counter moves, so a thread that sees
    // the new count finds the message.
    this.port.postMessage(command);
    Atomics.add(this.words, SEQ, 1);
    const batches = Atomics.load(this.words, BATCHES);
    Atomics.notify(this.words, SEQ);
    return batches;
  }

  /** A progress message has been handled downstream: the thread may send another. */
  ack(): void {
    Atomics.add(this.words, ACKED, 1);
    // wakes a thread waiting for credit, as a command would (it then finds no message)
    Atomics.add(this.words, SEQ, 1);
    Atomics.notify(this.words, SEQ);
  }

  /** Asks for a copy of the weights at the next batch boundary. */
  wantWeights(): void {
    Atomics.store(this.words, WANT_WEIGHTS, 1);
  }

  /** Whether the thread finished a batch, or was waiting, since the last call. */
  isAlive(): boolean {
    const batches = Atomics.load(this.words, BATCHES);
    const moved = batches !== this.lastBatches;
    this.lastBatches = batches;
    return moved || Atomics.load(this.words, WAITING) === 1;
  }
}

/** The training thread's end: a run loop's host. */
export class ControlReceiver implements LoopHost {
  private seen = 0;
  private sent = 0;

  constructor(
    private readonly words: Int32Array,
    private readonly port: MessagePort,
  ) {}

  poll(): readonly RunCommand[] {
    const seq = Atomics.load(this.words, SEQ);
    if (seq === this.seen) return NONE;
    this.seen = seq;
    const commands: RunCommand[] = [];
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      commands.push(m.message as RunCommand);
    }
    return commands;
  }

  wait(millis: number | null): void {
    Atomics.store(this.words, WAITING, 1);
    Atomics.wait(this.words, SEQ, this.seen, millis ?? undefined);
    Atomics.store(this.words, WAITING, 0);
  }

  now(): number {
    return performance.now();
  }

  /** Whether the next batch must wait for progress to be acknowledged. */
  held(): boolean {
    return this.sent - Atomics.load(this.words, ACKED) >= MAX_UNACKED;
  }

  /** Counts a progress message sent (it needs an acknowledgement). */
  progressSent(): void {
    this.sent++;
  }

  /** Batches this thread has finished so far. */
  batches(): number {
    return Atomics.load(this.words, BATCHES);
  }

  /** Counts a finished batch. @returns whether a copy of the weights is wanted now */
  batchDone(): boolean {
    Atomics.add(this.words, BATCHES, 1);
    if (Atomics.load(this.words, WANT_WEIGHTS) === 0) return false;
    Atomics.store(this.words, WANT_WEIGHTS, 0);
    return true;
  }
}

const NONE: readonly RunCommand[] = [];
