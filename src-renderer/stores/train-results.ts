/**
 * What a finished run left behind, for the Train view: its evaluation on each part of the
 * data (confusion matrices, predictions, mistakes) and its trained model, parsed for use in
 * the renderer (the drawing pad, an opened run's decision surface).
 */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { ExperimentEvaluation } from '../../src-main/contract/types';
import { useLab } from '../api';
import { loadModel, type LoadedModel } from '../train/loaded-model';
import { i18n } from '../i18n';
import { thrownText } from '../i18n/engine-text';
import { errorText } from '../i18n/error-text';

export const useTrainResultsStore = defineStore('train-results', () => {
  const lab = useLab();

  /** the run these results belong to */
  const experimentId = ref<number | null>(null);
  const loading = ref(false);
  const evaluation = shallowRef<ExperimentEvaluation | null>(null);
  const evaluationError = ref<string | null>(null);
  const model = shallowRef<LoadedModel | null>(null);
  const modelError = ref<string | null>(null);
  // Each load gets a number; answers of an older load (another run) are dropped.
  let generation = 0;

  function clear(): void {
    generation++;
    experimentId.value = null;
    loading.value = false;
    evaluation.value = null;
    evaluationError.value = null;
    model.value = null;
    modelError.value = null;
  }

  /**
   * Asks for a finished run's evaluation and model (both at once). Never throws: failures
   * land in evaluationError / modelError. Resolves to the model (null if it failed).
   */
  async function load(id: number, derived: readonly DerivedFeature[] = []) {
    clear();
    const mine = generation;
    experimentId.value = id;
    loading.value = true;
    const [evaluated, modelFile] = await Promise.all([
      lab.call('experiments:evaluate', { id }),
      lab.call('experiments:model', { id }),
    ]);
    if (mine !== generation) return null;
    loading.value = false;
    if (evaluated.ok) evaluation.value = evaluated.value;
    else
      evaluationError.value = i18n.global.t('errors.store.evaluate', {
        why: errorText(evaluated.error),
      });
    if (!modelFile.ok) {
      modelError.value = i18n.global.t('errors.store.loadModel', {
        why: errorText(modelFile.error),
      });
      return null;
    }
    try {
      model.value = loadModel(modelFile.value, derived);
    } catch (error) {
      modelError.value = i18n.global.t('errors.store.readModel', { why: thrownText(error) });
    }
    return model.value;
  }

  return { experimentId, loading, evaluation, evaluationError, model, modelError, clear, load };
});
