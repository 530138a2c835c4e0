/**
 * A figure's learning-rate box (LabsRateField): the value as typed, and the rate a run uses —
 * the typed one when it is a number above 0, else the lab's own, never silently: `rateNote`
 * then says which rate is used instead, for the figure to show beside the box.
 */
import { computed, ref, type ComputedRef, type Ref } from 'vue';
import { i18n } from '../i18n';
import { formatDecimal } from '../i18n/format';

/**
 * @param initial the box's first value
 * @param fallback the lab's rate, used while the box holds no number above 0 (default `initial`)
 * @returns `alpha`: the box's model; `rate()`: the rate to train with; `rateNote`: null while
 *   the typed rate is used, else the message naming the rate used instead
 */
export function useLearningRate(
  initial: number,
  fallback = initial,
): { alpha: Ref<number>; rate: () => number; rateNote: ComputedRef<string | null> } {
  const alpha = ref(initial);
  const usable = computed(() => Number.isFinite(alpha.value) && alpha.value > 0);
  const rate = (): number => (usable.value ? alpha.value : fallback);
  const rateNote = computed(() =>
    usable.value ? null : i18n.global.t('figures.rateFallback', { rate: formatDecimal(fallback) }),
  );
  return { alpha, rate, rateNote };
}
