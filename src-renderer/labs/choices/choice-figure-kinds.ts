/** The setup of the choosing-activations lab's figure (the shared lab-document schema defines it). */
export type {
  ActivationChoiceSetup,
  ChoiceTask,
} from '../../../src-main/contract/lab-document/figures-choices';
