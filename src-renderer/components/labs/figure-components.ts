/** The Vue component of each figure kind (the shared lab-document schema, src-main/contract/lab-document/figure-kinds.ts, lists the kinds). */
import type { Component } from 'vue';
import type { FigureKind } from '../../../src-main/contract/lab-document/figure-kinds';
import LabsActivationPlot from './LabsActivationPlot.vue';
import LabsAdalineCompare from './LabsAdalineCompare.vue';
import LabsBackpropGraph from './LabsBackpropGraph.vue';
import LabsCostDescent from './LabsCostDescent.vue';
import LabsDescentRates from './LabsDescentRates.vue';
import LabsSurfaceDescent from './LabsSurfaceDescent.vue';
import LabsMadaline from './LabsMadaline.vue';
import LabsMpBuilder from './LabsMpBuilder.vue';
import LabsPerceptronPlane from './LabsPerceptronPlane.vue';
import LabsSoftmax from './LabsSoftmax.vue';
import LabsXorPerceptron from './LabsXorPerceptron.vue';
import LabsXorTrained from './LabsXorTrained.vue';
import LabsSigmoidNeuron from './LabsSigmoidNeuron.vue';
import LabsScheduleCompare from './LabsScheduleCompare.vue';
import LabsBatchCompare from './LabsBatchCompare.vue';
import LabsBatchCalculator from './LabsBatchCalculator.vue';
import LabsRegionCompose from './LabsRegionCompose.vue';
import LabsRegionTrained from './LabsRegionTrained.vue';
import LabsTopologyTrials from './LabsTopologyTrials.vue';
import LabsEarlyStopping from './LabsEarlyStopping.vue';
import LabsLossGradients from './LabsLossGradients.vue';
import LabsActivationChoice from './LabsActivationChoice.vue';
import LabsBioNeuron from './LabsBioNeuron.vue';
import LabsHistoryTimeline from './LabsHistoryTimeline.vue';
import LabsBatchLoss from './LabsBatchLoss.vue';
import LabsDeltaNetwork from './LabsDeltaNetwork.vue';

export const FIGURE_COMPONENTS: Record<FigureKind, Component> = {
  'mp-builder': LabsMpBuilder,
  'perceptron-plane': LabsPerceptronPlane,
  'adaline-compare': LabsAdalineCompare,
  madaline: LabsMadaline,
  'xor-perceptron': LabsXorPerceptron,
  'xor-trained': LabsXorTrained,
  'activation-plot': LabsActivationPlot,
  softmax: LabsSoftmax,
  'cost-descent': LabsCostDescent,
  'descent-rates': LabsDescentRates,
  'backprop-graph': LabsBackpropGraph,
  'surface-descent': LabsSurfaceDescent,
  'sigmoid-neuron': LabsSigmoidNeuron,
  'schedule-compare': LabsScheduleCompare,
  'batch-compare': LabsBatchCompare,
  'batch-calculator': LabsBatchCalculator,
  'region-compose': LabsRegionCompose,
  'region-trained': LabsRegionTrained,
  'topology-trials': LabsTopologyTrials,
  'early-stopping': LabsEarlyStopping,
  'loss-gradients': LabsLossGradients,
  'activation-choice': LabsActivationChoice,
  'bio-neuron': LabsBioNeuron,
  'history-timeline': LabsHistoryTimeline,
  'batch-loss': LabsBatchLoss,
  'delta-network': LabsDeltaNetwork,
};
