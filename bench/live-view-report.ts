// The live-view benchmark's result and how it is printed (apart from bench/live-view.ts, so
// that the runner prints it without loading the app's services).

/** TensorFlow Playground trains one epoch per animation frame. */
export const PLAYGROUND_EPOCHS_PER_SECOND = 60;
export const TARGET_EPOCH_RATIO = 10;
export const TARGET_SURFACES_PER_SECOND = 20;

export interface LiveViewBenchResult {
  /** the engine alone, no process, no pictures: the reference */
  engineEpochsPerSecond: number;
  /** the same run through the lab's pipeline (trainer process, its thread, the supervisor),
   * watched at 30 pictures a second */
  liveEpochsPerSecond: number;
  surfacesPerSecond: number;
  /** one snapshot as the WebSocket sends it, and as the same pictures would be as JSON of
   * base64 floats (the format before) */
  snapshotBytes: number;
  jsonSnapshotBytes: number;
  /** pauses asked of the running trainer: ms until it said paused (p95), and the most
   * batches it trained after the request reached it */
  pauseP95Ms: number;
  pauseMaxBatchesAfter: number;
}

const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} KB`);
const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** The lines of the report. */
export function formatLiveViewBench(r: LiveViewBenchResult): string[] {
  const target = TARGET_EPOCH_RATIO * PLAYGROUND_EPOCHS_PER_SECOND;
  return [
    `Playground's setup (spiral 500, 2-8-8-8-1 tanh, SGD 0.03, batch 10), watched at 30 pictures/s:`,
    `  ${Math.round(r.liveEpochsPerSecond)} epochs/s live vs ${Math.round(r.engineEpochsPerSecond)} engine alone (${(r.liveEpochsPerSecond / r.engineEpochsPerSecond).toFixed(2)}×); ` +
      `${(r.liveEpochsPerSecond / PLAYGROUND_EPOCHS_PER_SECOND).toFixed(0)}× Playground's ${PLAYGROUND_EPOCHS_PER_SECOND}  ${mark(r.liveEpochsPerSecond >= target)} ≥ ${TARGET_EPOCH_RATIO}×`,
    `  surface ${r.surfacesPerSecond.toFixed(1)} updates/s  ${mark(r.surfacesPerSecond >= TARGET_SURFACES_PER_SECOND)} ≥ ${TARGET_SURFACES_PER_SECOND}`,
    `  ${kb(r.snapshotBytes)} a snapshot vs ${kb(r.jsonSnapshotBytes)} as JSON of floats (${(r.snapshotBytes / r.jsonSnapshotBytes).toFixed(3)}×)`,
    `  pause confirmed by the trainer: p95 ${r.pauseP95Ms.toFixed(1)} ms, at most ${r.pauseMaxBatchesAfter} batch after the request  ${mark(r.pauseMaxBatchesAfter <= 1)} ≤ 1`,
  ];
}
