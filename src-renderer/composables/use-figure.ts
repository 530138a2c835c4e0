/**
 * What every lab figure (the Labs*.vue components `FIGURE_COMPONENTS` mounts) shares: the same
 * three props, one `answer` event, control states looked up by name and the answer restored
 * from the student's last check.
 */
import { computed, watch, type ComputedRef, type WatchSource } from 'vue';
import { useI18n, type ComposerTranslation } from 'vue-i18n';
import { controlState } from '../components/labs/labs-controls';
import type { ControlState } from '../labs/lab-schema';
import { isRecord } from '../labs/problems';

/** Props every figure component takes (`defineProps<FigureProps<MySetup>>()`). */
export interface FigureProps<S> {
  setup: S;
  controls: Record<string, ControlState>;
  /** The answer last checked, to restore the student's work (may be of an old shape). */
  saved?: unknown;
}

/** The one event a figure sends (`defineEmits<FigureEmits<MyAnswer>>()`). */
export interface FigureEmits<A> {
  answer: [value: A];
}

/**
 * @param props the figure's props
 * @param emit its `answer` emitter
 * @returns `t`: the labs' translator; `control(name)`: that control's state, reactive; `saved`: the fields of the saved
 *   answer ({} when none was saved or it is not an object, so every read is checked);
 *   `reportAnswer(sources, build)`: sends `build()` at mount and whenever a source changes
 *   (deeply), skipping `null` — an answer that cannot be formed yet is not sent.
 */
export function useFigure<S, A>(
  props: FigureProps<S>,
  emit: (event: 'answer', value: A) => void,
): {
  t: ComposerTranslation;
  control: (name: string) => ComputedRef<ControlState>;
  saved: Record<string, unknown>;
  reportAnswer: (sources: WatchSource | WatchSource[], build: () => A | null) => void;
} {
  const control = (name: string): ComputedRef<ControlState> =>
    computed(() => controlState(props.controls, name));
  const saved = isRecord(props.saved) ? props.saved : {};
  function reportAnswer(sources: WatchSource | WatchSource[], build: () => A | null): void {
    watch(
      sources,
      () => {
        const value = build();
        if (value !== null) emit('answer', value);
      },
      { immediate: true, deep: true },
    );
  }
  return { t: useI18n().t, control, saved, reportAnswer };
}
