/**
 * The speed slider's stops, from TensorFlow Playground's pace (one epoch per animation frame,
 * to watch a network learn) to as fast as the machine allows.
 */

/** Epochs a second at each stop; null is "as fast as possible". */
export const PACE_STEPS: readonly (number | null)[] = [60, 120, 300, 600, 1200, 3000, null];

/** The stop nearest to a pace (the last for "as fast as possible"). */
export function paceStep(pace: number | null): number {
  if (pace === null) return PACE_STEPS.length - 1;
  let best = 0;
  PACE_STEPS.forEach((p, i) => {
    if (p !== null && Math.abs(p - pace) < Math.abs((PACE_STEPS[best] ?? Infinity) - pace))
      best = i;
  });
  return best;
}

/** "60 epochs/s (one per frame)", "600 epochs/s", "as fast as possible". */
export function describePace(pace: number | null): string {
  if (pace === null) return 'as fast as possible';
  const text = `${pace.toLocaleString('en')} epochs/s`;
  return pace === 60 ? `${text} (one per frame)` : text;
}
