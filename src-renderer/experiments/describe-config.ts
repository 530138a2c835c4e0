/**
 * A run's stored config in words, one short phrase per setting: what the comparison table
 * shows. Defaults the engine applies are spelled out, so that a setting left out and the same
 * setting given explicitly read (and compare) the same.
 */
import type { DerivedFeature } from '../../src-engine/data/derived-features';
import type { NetworkSpec, InitSpec } from '../../src-engine/network/spec';
import type { OptimizerSpec } from '../../src-engine/optim/optimizer';
import type { ScheduleSpec } from '../../src-engine/optim/schedule';
import type { EarlyStoppingSpec } from '../../src-engine/train/config';
import { i18n } from '../i18n';
import { formatDecimal } from '../i18n/format';
import { formatNumber } from './format-metrics';
import { describeArchitecture as describeArchitectureSizes } from '../../src-engine/network/describe-architecture';

const { t, te } = i18n.global;

const ACTIVATION_LABEL: Record<string, string> = {
  linear: 'linear',
  step: 'step',
  sign: 'sign',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leaky_relu: 'leaky ReLU',
  softmax: 'softmax',
  elu: 'ELU',
  softplus: 'softplus',
  gelu: 'GELU',
};

const DERIVED_LABEL: Record<DerivedFeature, string> = {
  x: 'x₁',
  y: 'x₂',
  xSquared: 'x₁²',
  ySquared: 'x₂²',
  xTimesY: 'x₁·x₂',
  sinX: 'sin x₁',
  sinY: 'sin x₂',
};

/** "2-8-8-1 (tanh, tanh, sigmoid)": units per layer, inputs first, then each layer's
 * activation (with its parameter when one was set). */
export function describeArchitecture(spec: NetworkSpec): string {
  const sizes = describeArchitectureSizes(spec);
  const activations = spec.layers.map((l) => {
    const name = ACTIVATION_LABEL[l.activation] ?? l.activation;
    return l.activationParam === undefined ? name : `${name} ${formatNumber(l.activationParam)}`;
  });
  return `${sizes} (${activations.join(', ')})`;
}

function describeInitSpec(init: InitSpec | undefined): string {
  if (!init) return t('experiments.describe.default');
  if (init.kind === 'uniform') {
    return t('experiments.describe.uniform', { scale: formatNumber(init.scale) });
  }
  if (init.kind === 'xavier') return 'Xavier';
  if (init.kind === 'he') return 'He';
  return t('experiments.describe.zeros');
}

/** The weights' initialisation: the network's, and any layer that overrides it. */
export function describeInit(spec: NetworkSpec): string {
  const overrides = spec.layers.flatMap((l, i) =>
    l.init ? [t('experiments.describe.layer', { n: i + 1, init: describeInitSpec(l.init) })] : [],
  );
  return [describeInitSpec(spec.init), ...overrides].join('; ');
}

export function describeLoss(loss: string): string {
  const key = `experiments.describe.loss.${loss}`;
  return te(key) ? t(key) : loss;
}

/** "Adam (β₁ 0.9, β₂ 0.999, ε 1e-8)", "SGD (momentum 0.9, Nesterov, weight decay 0.01)",
 * with the engine's defaults filled in. */
export function describeOptimizer(optimizer: OptimizerSpec): string {
  const decay = optimizer.weightDecay ?? 0;
  const decayText =
    decay > 0 ? [t('experiments.describe.weightDecay', { value: formatNumber(decay) })] : [];
  if (optimizer.name === 'adam') {
    const parts = [
      `β₁ ${formatNumber(optimizer.beta1 ?? 0.9)}`,
      `β₂ ${formatNumber(optimizer.beta2 ?? 0.999)}`,
      `ε ${formatNumber(optimizer.eps ?? 1e-8)}`,
      ...decayText,
    ];
    return `Adam (${parts.join(', ')})`;
  }
  const momentum = optimizer.momentum ?? 0;
  const parts = [
    ...(momentum > 0
      ? [t('experiments.describe.momentum', { value: formatNumber(momentum) })]
      : []),
    ...(momentum > 0 && optimizer.nesterov ? ['Nesterov'] : []),
    ...decayText,
  ];
  return parts.length > 0 ? `SGD (${parts.join(', ')})` : 'SGD';
}

/** The learning-rate schedule in words; no schedule is a constant rate. */
export function describeSchedule(schedule: ScheduleSpec | undefined): string {
  if (!schedule || schedule.kind === 'constant') return t('experiments.describe.constant');
  if (schedule.kind === 'inverse') {
    return t('experiments.describe.inverse', {
      c1: formatNumber(schedule.c1),
      c2: formatNumber(schedule.c2),
    });
  }
  const gamma = formatNumber(schedule.gamma);
  if (schedule.kind === 'step') {
    const every =
      schedule.every === 1
        ? t('experiments.describe.everyEpoch')
        : t('experiments.describe.everyEpochs', { n: schedule.every });
    return t('experiments.describe.step', { gamma, every });
  }
  return t('experiments.describe.exponential', { gamma });
}

/** "off", or "patience 10, min Δ 0.001, best weights restored". */
export function describeEarlyStopping(es: EarlyStoppingSpec | undefined): string {
  if (!es) return t('experiments.describe.off');
  const parts = [t('experiments.describe.patience', { n: es.patience })];
  if ((es.minDelta ?? 0) > 0) {
    parts.push(t('experiments.describe.minDelta', { value: formatNumber(es.minDelta!) }));
  }
  parts.push(
    t(
      es.restoreBest === false
        ? 'experiments.describe.lastKept'
        : 'experiments.describe.bestRestored',
    ),
  );
  return parts.join(', ');
}

/** How the rows were divided: "70 / 15 / 15 % (seed 3, stratified)" or the dataset's own. */
export function describeSplit(
  split:
    | { train: number; validation: number; test: number; stratified?: boolean; seed?: number }
    | undefined,
): string {
  if (!split) return t('experiments.describe.datasetOwn');
  const pct = (f: number) => formatDecimal(Math.round(f * 1000) / 10, 1);
  const extra = [
    ...(split.seed !== undefined ? [t('experiments.describe.seed', { seed: split.seed })] : []),
    ...(split.stratified ? [t('experiments.describe.stratified')] : []),
  ];
  const base = `${pct(split.train)} / ${pct(split.validation)} / ${pct(split.test)} %`;
  return extra.length > 0 ? `${base} (${extra.join(', ')})` : base;
}

/** The derived inputs of 2-D data, "x₁², x₁·x₂", or "none". */
export function describeDerived(derived: readonly DerivedFeature[] | undefined): string {
  if (!derived || derived.length === 0) return t('experiments.describe.none');
  return derived.map((d) => DERIVED_LABEL[d] ?? d).join(', ');
}

/** How inputs were scaled; main treats a missing setting as none. */
export function describeNormalize(normalize: string | undefined): string {
  if (normalize === 'standard') return t('experiments.describe.standard');
  if (normalize === 'minmax') return t('experiments.describe.minmax');
  return t('experiments.describe.none');
}
