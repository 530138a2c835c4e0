/**
 * The interactive figures a lab can show: their names, controls and setups come from the
 * shared lab-document schema; the Vue component of each kind is looked up in
 * components/labs/figure-components.ts.
 */
export {
  FIGURE_KINDS,
  isFigureKind,
  type FigureKind,
} from '../../src-main/contract/lab-document/figure-kinds';
export type {
  ActivationPlotSetup,
  AdalineCompareSetup,
  LabPoint,
  MadalineSetup,
  MpBuilderSetup,
  PerceptronPlaneSetup,
  SoftmaxSetup,
  XorPerceptronSetup,
  XorTrainedSetup,
} from '../../src-main/contract/lab-document/figures-classic';
