import type { ExperimentEvaluation } from '../../contract/types';
import type {
  DatasetSplit,
  ExperimentConfig,
  FinalMetrics,
  MetricCurves,
  RunStatus,
  UnitDesign,
} from '../../store/records';

/** The dataset as a report describes it. */
export interface ReportDataset {
  name: string;
  source: string;
  task: 'classification' | 'regression';
  rows: number;
  /** the raw input columns' names */
  features: string[];
  target: string;
  split: DatasetSplit;
  /** classification: rows per class */
  classCounts?: Array<{ name: string; count: number }>;
}

/** The decision surface of a model on 2-D data, ready to draw. */
export interface ReportSurface {
  /** PNG of the model's answer over the box, top row = yMax */
  png: Uint8Array;
  box: { xMin: number; xMax: number; yMin: number; yMax: number };
  /** a sample of the data: raw x, y and the class index (or −1 for regression) */
  points: Array<{ x: number; y: number; cls: number }>;
  /** what the colours mean */
  legend: Array<{ label: string; colour: string }>;
  axes: [string, string];
}

/** Everything a report shows about one experiment. */
export interface ReportExperiment {
  id: number;
  name: string;
  status: RunStatus;
  reason: string | null;
  createdAt: number;
  finishedAt: number | null;
  epochsDone: number;
  config: ExperimentConfig;
  designName: string | null;
  unit?: UnitDesign;
  dataset: ReportDataset;
  curves: MetricCurves;
  finalMetrics: FinalMetrics | null;
  /** absent when the run has no trained model; `missing` says why */
  evaluation?: ExperimentEvaluation;
  missing?: string;
  surface?: ReportSurface;
  notes: string;
}

/** A report: one experiment, or several compared. */
export interface ReportInput {
  experiments: ReportExperiment[];
  appVersion: string;
  generatedAt: Date;
}
