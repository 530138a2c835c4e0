/** The setups of the first lab's figures (the shared lab-document schema defines them). */
export type {
  BioNeuronSetup,
  HistoryEvent,
  HistoryTimelineSetup,
} from '../../../src-main/contract/lab-document/figures-history';
