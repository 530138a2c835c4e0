/**
 * Charts redraw one after another, one per animation frame, rather than together: when an
 * epoch ends every live chart has new points, and three echarts redraws in one frame make a
 * task long enough to stall the window on a busy machine.
 */
type Job = () => void;

const queue: Job[] = [];
let frame = 0;
/** A frame keeps taking jobs until this many milliseconds went by (always at least one). */
const FRAME_BUDGET_MS = 12;

function runFrame(): void {
  frame = 0;
  const start = performance.now();
  do {
    queue.shift()?.();
  } while (queue.length > 0 && performance.now() - start < FRAME_BUDGET_MS);
  if (queue.length > 0) frame = requestAnimationFrame(runFrame);
}

/** Runs `job` in a coming animation frame; the returned function withdraws it. */
export function queueRedraw(job: Job): () => void {
  if (!queue.includes(job)) queue.push(job);
  if (frame === 0) frame = requestAnimationFrame(runFrame);
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
  };
}
