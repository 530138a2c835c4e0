/**
 * Runs a job at most once per interval, always ending on the newest request: a request within
 * the interval of the last run is run at the interval's end (once, however many came). For
 * views fed 30 times a second that need to change far less often.
 */
export interface Pacer {
  /** Runs the job now if the interval has passed (or `now`), else once at its end. */
  request(now?: boolean): void;
  /** Forgets a pending run. */
  cancel(): void;
}

export function createPacer(
  intervalMs: number,
  job: () => void,
  clock: () => number = () => performance.now(),
): Pacer {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = clock();
    job();
  };
  return {
    request(now = false) {
      const wait = last + intervalMs - clock();
      if (now || wait <= 0) {
        if (timer !== null) clearTimeout(timer);
        run();
      } else if (timer === null) {
        timer = setTimeout(run, wait);
      }
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
