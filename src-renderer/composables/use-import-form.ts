import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';

/** What an import form takes: which import (its words are `experiments.import.<kind>…`). */
export interface ImportFormKind {
  kind: 'model' | 'pytorch';
  /** the file picker's `accept` */
  accept: string;
  multiple?: boolean;
  /** what to fetch when the form opens (the datasets to choose from, say) */
  onShow?: () => unknown;
}

/**
 * The words and state of one of Experiments' import forms (`ExperimentsImportForm`): whether it
 * is open, whether an import is under way, and the problem to show beside the fields. `bind`
 * goes to the form with `v-bind`; `submit` runs the import and closes the form once it succeeds.
 */
export function useImportForm({ kind, accept, multiple = false, onShow }: ImportFormKind) {
  const { t } = useI18n();
  const open = ref(false);
  const busy = ref(false);
  const problem = ref<string | null>(null);

  const bind = computed(() => ({
    title: t(`experiments.import.${kind}`),
    titleId: `experiments-import-${kind}-title`,
    hint: t(`experiments.import.${kind}Hint`),
    fileLabel: t(`experiments.import.${kind}File`),
    accept,
    multiple,
    open: open.value,
    busy: busy.value,
    problem: problem.value,
    onShow: () => {
      open.value = true;
      problem.value = null;
      void onShow?.();
    },
    onCancel: () => (open.value = false),
  }));

  /**
   * Runs an import. `step` answers null when it worked, else the problem, which the form then
   * shows while staying open with what was picked.
   * @returns whether the import worked
   */
  async function submit(step: () => Promise<string | null>): Promise<boolean> {
    busy.value = true;
    problem.value = null;
    const failure = await step();
    busy.value = false;
    problem.value = failure;
    if (failure === null) open.value = false;
    return failure === null;
  }

  return { problem, bind, submit };
}
