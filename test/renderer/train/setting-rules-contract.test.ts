// The Train view checks each training number as it is typed and holds Play back while one is
// wrong (TrainSettingsNumber, TrainControls), so main's English refusal of a request
// ("training.learningRate: …", the CLI's words) never reaches a person from this view: a value
// the view accepts, main accepts, and one main refuses, the view refuses — said in Spanish
// there. Optimizer, schedule and loss are chosen from lists. Probed at and around each end.
import { describe, expect, it } from 'vitest';
import { trainConfig } from '../../../src-main/contract/schemas/network';
import { defaultTraining } from '../../../src-engine/train/default-training';
import {
  checkSetting,
  settingRule,
  type SettingName,
} from '../../../src-renderer/train/setting-rules';

const base = defaultTraining('regression', {
  inputs: 1,
  layers: [{ units: 1, activation: 'linear' }],
});

/** The config a request would carry with `name` set to `value`. */
const WITH: Record<SettingName, (value: number) => unknown> = {
  learningRate: (v) => ({ ...base, learningRate: v }),
  batchSize: (v) => ({ ...base, batchSize: v }),
  epochs: (v) => ({ ...base, epochs: v }),
  seed: (v) => ({ ...base, seed: v }),
  momentum: (v) => ({ ...base, optimizer: { name: 'sgd', momentum: v } }),
  beta1: (v) => ({ ...base, optimizer: { name: 'adam', beta1: v } }),
  beta2: (v) => ({ ...base, optimizer: { name: 'adam', beta2: v } }),
  weightDecay: (v) => ({ ...base, optimizer: { name: 'adam', weightDecay: v } }),
  l1: (v) => ({ ...base, optimizer: { name: 'sgd', l1: v } }),
  c1: (v) => ({ ...base, schedule: { kind: 'inverse', c1: v, c2: 1 } }),
  c2: (v) => ({ ...base, schedule: { kind: 'inverse', c1: 1, c2: v } }),
  gamma: (v) => ({ ...base, schedule: { kind: 'step', gamma: v, every: 1 } }),
  every: (v) => ({ ...base, schedule: { kind: 'step', gamma: 0.5, every: v } }),
  patience: (v) => ({ ...base, earlyStopping: { patience: v } }),
  minDelta: (v) => ({ ...base, earlyStopping: { patience: 1, minDelta: v } }),
};

describe("the Train view's settings agree with main's request schema", () => {
  const schema = trainConfig();
  for (const name of Object.keys(WITH) as SettingName[]) {
    it(name, () => {
      const { min, max } = settingRule(name);
      const probes = [min, max, min - 1, max + 1, min + 1e-7, max - 1e-7, min + 0.5, -0, NaN];
      for (const value of probes) {
        const view = checkSetting(String(value), settingRule(name)).ok;
        const main = schema.safeParse(WITH[name](value)).success;
        expect({ value, view }).toEqual({ value, view: main });
      }
    });
  }
});
