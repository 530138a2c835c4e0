/** The setups of the training labs' figures (the shared lab-document schema defines them). */
export type {
  BatchCalculatorSetup,
  BatchCompareSetup,
  CompareBase,
  LossGradientsSetup,
  ScheduleCompareSetup,
  SigmoidNeuronSetup,
} from '../../../src-main/contract/lab-document/figures-training';
