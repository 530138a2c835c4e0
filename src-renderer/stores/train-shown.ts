/**
 * The one run the Train view shows: the live run it drives, or a stored run opened from
 * Experiments — never both. One value with its kind, so that "which run is this number from"
 * is a single switch rather than a chain of fallbacks that could mix two runs.
 */
import type { LiveRun } from '../train/live-run';
import type { StoredRun } from '../train/stored-run';

export type ShownRun = { kind: 'live'; run: LiveRun } | { kind: 'stored'; run: StoredRun };

/** The live run shown, if the shown run is live. */
export function liveOf(shown: ShownRun | null): LiveRun | null {
  return shown?.kind === 'live' ? shown.run : null;
}

/** The stored run shown, if the shown run is a stored one. */
export function storedOf(shown: ShownRun | null): StoredRun | null {
  return shown?.kind === 'stored' ? shown.run : null;
}
