/** The setups of the choosing-a-topology lab's figures (the shared lab-document schema defines them). */
export type {
  EarlyStoppingSetup,
  TopologyTrialsSetup,
} from '../../../src-main/contract/lab-document/figures-topology';
