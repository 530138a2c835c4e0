/**
 * The name of the dataset Train shows in its title, as the interface says it: the setup carries
 * the dataset's stored name, so the stored dataset's summary, which says whether main chose
 * that name, names it in the reader's language (datasetNameText). A setup that names its
 * dataset otherwise (a lab's own title) is shown as it is, and so is the stored name until the
 * list of datasets has arrived. A stored run's dataset that could not be read is named by its
 * id, said when shown (it follows a change of language).
 */
import { computed, watch, type Ref } from 'vue';
import { storedNameText } from '../data/dataset-name-text';
import { i18n } from '../i18n';
import { useDataStore } from '../stores/data';
import type { TrainSetup } from './train-setup';

export function useSetupDatasetName(setup: Ref<TrainSetup | null>) {
  const data = useDataStore();
  const summary = computed(() => {
    const id = setup.value?.datasetId;
    return id === undefined ? undefined : data.stored?.find((d) => d.id === id);
  });
  // a dataset made after the list was read (or a list never read) is fetched once more
  watch(
    () => setup.value?.datasetId,
    (id) => {
      if (id !== undefined && !summary.value) void data.loadStored();
    },
    { immediate: true },
  );
  return computed(() => {
    const s = setup.value;
    if (!s) return '';
    if (s.datasetById)
      return i18n.global.t('train.stored.datasetById', { id: String(s.datasetId) });
    return storedNameText(s.datasetName, s.datasetOrigin ?? summary.value);
  });
}
