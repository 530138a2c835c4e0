/** The setups of the last two labs' figures (the shared lab-document schema defines them). */
export type {
  BatchLossSetup,
  DeltaNetworkSetup,
} from '../../../src-main/contract/lab-document/figures-backprop';
