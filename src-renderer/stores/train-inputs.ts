/**
 * The data side of the Train setup, next to the decision surface as in TensorFlow Playground:
 * which input features the network takes (x1, x2, x1², …), the share of the rows it trains on,
 * and — for generated data — the noise it was drawn with. Each applies to the next run; while a
 * run goes on they are locked.
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  featureCount,
  featureList,
  featuresOf,
  hasDerived,
  type DerivedFeature,
} from '../../src-engine/data/derived-features';
import type { ParameterSpec } from '../../src-engine/data/generator-spec';
import { useLab } from '../api';
import { inputNames } from '../train/input-names';
import { useTrainStore } from './train';
import { i18n } from '../i18n';
import { errorText } from '../i18n/error-text';

/** The training share's bounds: some rows must be left to test on, and some to train on. */
export const MIN_SHARE = 0.1;
export const MAX_SHARE = 0.9;

export const useTrainInputsStore = defineStore('train-inputs', () => {
  const lab = useLab();
  const train = useTrainStore();
  const error = ref<string | null>(null);
  const busy = ref(false);
  /** the noise parameter of the dataset's generator (null: not generated, or no noise) */
  const noiseSpec = ref<ParameterSpec | null>(null);

  const locked = computed(() => train.isActive || busy.value);
  const names = computed(() =>
    train.setup ? inputNames(train.dataset, train.setup.spec.inputs, train.setup.derived) : [],
  );
  /** the features on now, as toggles */
  const chosen = computed(() => new Set(featureList(train.setup?.derived ?? [])));
  const trainShare = computed(() => (train.setup?.split ?? train.dataset?.split)?.train ?? 0.7);
  const generator = computed(() => train.dataset?.generator ?? null);
  const noise = computed(() => {
    const g = generator.value;
    if (!g || !noiseSpec.value) return null;
    return g.params.noise ?? noiseSpec.value.default;
  });

  /** Turns one feature on or off (the last one on stays on). */
  function toggle(feature: DerivedFeature, on: boolean): void {
    const setup = train.setup;
    if (!setup || locked.value) return;
    const next = new Set(chosen.value);
    if (on) next.add(feature);
    else next.delete(feature);
    if (next.size === 0) return;
    const list = featuresOf(next);
    setup.derived = hasDerived(list) ? list : undefined;
    setup.spec = { ...setup.spec, inputs: featureCount(list) };
  }

  /** Trains on this share of the rows; validation keeps its share, test takes the rest. */
  async function setTrainShare(share: number): Promise<void> {
    const setup = train.setup;
    const base = setup?.split ?? train.dataset?.split;
    if (!setup || !base || locked.value) return;
    const trainPart = Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));
    const validation = Math.min(base.validation, 1 - trainPart);
    setup.split = { ...base, train: trainPart, validation, test: 1 - trainPart - validation };
    await train.loadData();
  }

  /** Draws the dataset again from its generator with another noise (a new dataset). */
  async function setNoise(value: number): Promise<void> {
    const setup = train.setup;
    const g = generator.value;
    if (!setup || !g || locked.value) return;
    busy.value = true;
    error.value = null;
    try {
      const made = await lab.call('datasets:generate', {
        name: g.name,
        params: { ...g.params, noise: value },
        split: setup.split ?? train.dataset?.split,
      });
      if (!made.ok) {
        error.value = i18n.global.t('errors.store.drawAgain', { why: errorText(made.error) });
        return;
      }
      setup.datasetId = made.value.id;
      setup.datasetName = made.value.name;
      // the new dataset names it now (a name main chose is said in the reader's language)
      setup.datasetOrigin = made.value;
      await train.loadData();
    } finally {
      busy.value = false;
    }
  }

  /** Reads the noise parameter's range for the setup's generator (once per generator). */
  async function loadNoiseSpec(): Promise<void> {
    const g = generator.value;
    if (!g) {
      noiseSpec.value = null;
      return;
    }
    const builtins = await lab.call('datasets:builtins');
    const spec = builtins.ok ? builtins.value.find((b) => b.name === g.name) : undefined;
    noiseSpec.value = spec?.parameters.find((p) => p.name === 'noise') ?? null;
  }

  return {
    error,
    busy,
    locked,
    names,
    chosen,
    trainShare,
    generator,
    noise,
    noiseSpec,
    toggle,
    setTrainShare,
    setNoise,
    loadNoiseSpec,
  };
});
