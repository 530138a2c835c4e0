/** The setups of the decision-regions lab's figures (the shared lab-document schema defines them). */
export type {
  RegionComposeSetup,
  RegionTrainedSetup,
} from '../../../src-main/contract/lab-document/figures-regions';
