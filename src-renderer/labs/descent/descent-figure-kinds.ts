/** The setups of the gradient-descent labs' figures (the shared lab-document schema defines them). */
export type {
  BackpropGraphSetup,
  CostDescentSetup,
  DescentRatesSetup,
  SurfaceDescentSetup,
  WeightView,
} from '../../../src-main/contract/lab-document/figures-descent';
