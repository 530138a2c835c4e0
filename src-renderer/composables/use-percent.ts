/**
 * A share (0…1) as a percent with one decimal in the chosen language ("98.6%", "98,6 %").
 * One formatter per language, made when the language changes: charts and the digit pad format
 * many numbers per frame, and building an Intl formatter for each is slow.
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

export function usePercent(): (share: number) => string {
  const { locale } = useI18n();
  const format = computed(
    () => new Intl.NumberFormat(locale.value, { style: 'percent', minimumFractionDigits: 1 }),
  );
  return (share) => format.value.format(share);
}
