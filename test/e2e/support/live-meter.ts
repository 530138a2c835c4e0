// Instruments for measuring the live Train view as a person meets it: inside the page, frames,
// long tasks, the time from a click on Pause to "Paused" on screen, the epoch shown at each
// frame; outside it, the run's events as the WebSocket delivers them (the trainer's own clock
// in each progress event, the batches it trained after each pause request).
import type { Page } from '@playwright/test';

/** The run's events as they arrived, from the socket's text frames. */
export interface SocketLog {
  /** each progress event: the newest epoch in it and the trainer's clock when it was made */
  progress: { epoch: number; at: number }[];
  /** each pause confirmed: batches trained after the request reached the trainer */
  batchesAfterPause: number[];
}

/** Starts logging the run events the page's socket receives. */
export function logSocket(page: Page): SocketLog {
  const log: SocketLog = { progress: [], batchesAfterPause: [] };
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      if (typeof payload !== 'string' || !payload.startsWith('{"event":"runs:')) return;
      const message = JSON.parse(payload) as {
        event: string;
        payload: { epochs?: { epoch: number }[]; at?: number; status?: string } & {
          batchesAfterRequest?: number;
        };
      };
      const p = message.payload;
      if (message.event === 'runs:progress' && p.epochs?.length && typeof p.at === 'number') {
        log.progress.push({ epoch: p.epochs[p.epochs.length - 1].epoch, at: p.at });
      } else if (message.event === 'runs:status' && p.status === 'paused') {
        if (typeof p.batchesAfterRequest === 'number')
          log.batchesAfterPause.push(p.batchesAfterRequest);
      }
    });
  });
  return log;
}

/** What the page measured of itself since `startMeter`. */
export interface PageMeasures {
  frames: number;
  seconds: number;
  longTasks: number[];
  /** click on Pause → the status reads Paused, ms; with the epoch shown at each end */
  pauses: { ms: number; shownAtClick: number; shownWhenPaused: number }[];
  /** [Date.now(), epoch shown] at every frame */
  shown: [number, number][];
  surfacePaints: number;
}

/** Starts counting frames, long tasks and pauses in the page (from now). */
export async function startMeter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const epochText = () =>
      Number(document.querySelector('[data-testid=train-epoch]')?.textContent ?? NaN);
    const status = document.querySelector('[data-testid=train-status]')!;
    const surface = document.querySelector('[data-testid=decision-surface]') as HTMLElement | null;
    const m = {
      frames: 0,
      start: performance.now(),
      paintsAtStart: Number(surface?.dataset.paints ?? 0),
      longTasks: [] as number[],
      pauses: [] as { ms: number; shownAtClick: number; shownWhenPaused: number }[],
      shown: [] as [number, number][],
      clickAt: 0,
      shownAtClick: 0,
      running: true,
    };
    (window as unknown as { meter: typeof m }).meter = m;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) m.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    const frame = () => {
      if (!m.running) return;
      m.frames++;
      m.shown.push([Date.now(), epochText()]);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element).closest('button');
        if (button?.textContent?.trim() !== 'Pause') return;
        m.clickAt = performance.now();
        m.shownAtClick = epochText();
      },
      true,
    );
    new MutationObserver(() => {
      if ((status as HTMLElement).dataset.status !== 'paused' || m.clickAt === 0) return;
      m.pauses.push({
        ms: performance.now() - m.clickAt,
        shownAtClick: m.shownAtClick,
        shownWhenPaused: epochText(),
      });
      m.clickAt = 0;
    }).observe(status, { attributes: true, attributeFilter: ['data-status'] });
  });
}

/** Stops the meter and reads what it measured. */
export async function readMeter(page: Page): Promise<PageMeasures> {
  return page.evaluate(() => {
    type Meter = {
      frames: number;
      start: number;
      paintsAtStart: number;
      longTasks: number[];
      pauses: PageMeasures['pauses'];
      shown: [number, number][];
      running: boolean;
    };
    const m = (window as unknown as { meter: Meter }).meter;
    m.running = false;
    const surface = document.querySelector('[data-testid=decision-surface]') as HTMLElement | null;
    return {
      frames: m.frames,
      seconds: (performance.now() - m.start) / 1000,
      longTasks: m.longTasks,
      pauses: m.pauses,
      shown: m.shown,
      surfacePaints: Number(surface?.dataset.paints ?? 0) - m.paintsAtStart,
    };
  });
}

/** The p-th percentile (0–100) of some numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * How far the shown epoch lagged the trainer, at worst: at each frame, the time since the
 * trainer reported an epoch newer than the one shown (0 when none was). Progress events carry
 * the trainer's clock when their newest epoch ended, so this is a lower bound that is short by
 * at most one report interval (33 ms).
 */
export function worstLag(shown: [number, number][], progress: SocketLog['progress']): number {
  let worst = 0;
  for (const [t, epoch] of shown) {
    const newer = progress.find((p) => p.epoch > epoch && p.at <= t);
    if (newer) worst = Math.max(worst, t - newer.at);
  }
  return worst;
}
