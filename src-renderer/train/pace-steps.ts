/**
 * The speed slider's stops, from TensorFlow Playground's pace (one epoch per animation frame,
 * to watch a network learn) to as fast as the machine allows.
 */
import { i18n } from '../i18n';

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
  const t = i18n.global.t;
  if (pace === null) return t('train.controls.fastest');
  const text = t('train.controls.pace', { pace: i18n.global.n(pace) });
  return pace === 60 ? t('train.controls.perFrame', { text }) : text;
}
