// `npm run bench -- --only export` (or `tsx bench/export.ts`): exporting a 784-512-512-10
// model to ONNX and its experiment's report to HTML, each against the 1 s target. A run is
// judged once, when it ends (in its trainer), and the evaluation stored with its model; the
// bench does that judging before the clock starts, and shows its time apart (it is not part
// of a report). The report is timed whole (reading the run and its stored evaluation,
// charts, HTML) and in its two halves, so a miss shows where the time goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network } from '../src-engine/network/network';
import { Rng } from '../src-engine/random/rng';
import { toModelFile } from '../src-engine/serialize/model-format';
import type { TrainConfig } from '../src-engine/train/config';
import type { EpochReport } from '../src-engine/train/reports';
import { createEventHub } from '../src-main/contract/handlers';
import { exportOnnx } from '../src-main/export/onnx/export-onnx';
import { gatherReport } from '../src-main/export/report/report-data';
import { renderReportHtml } from '../src-main/export/report/report-html';
import { evaluateExperiment } from '../src-main/services/evaluate-experiment';
import { openServices } from '../src-main/services/services';
import { formatExportBench, type ExportBenchResult, type ExportTiming } from './export-report';

const SPEC = {
  inputs: 784,
  layers: [
    { units: 512, activation: 'relu' as const },
    { units: 512, activation: 'relu' as const },
    { units: 10, activation: 'softmax' as const },
  ],
};

const TRAINING: TrainConfig = {
  loss: 'cross_entropy',
  optimizer: { name: 'adam' },
  learningRate: 0.001,
  batchSize: 64,
  epochs: 20,
  shuffle: true,
  seed: 1,
};

function time<T>(
  name: string,
  repeats: number,
  work: () => T,
  size: (r: T) => number,
): ExportTiming {
  const t0 = performance.now();
  const first = work();
  const firstMs = performance.now() - t0;
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    work();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return {
    name,
    firstMs,
    medianMs: runs[Math.floor(runs.length / 2)] ?? firstMs,
    bytes: size(first),
  };
}

/** Runs the export benchmark. */
export function runExportBench(): ExportBenchResult {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuron-bench-export-'));
  const lab = openServices({
    dataDir,
    launcher: () => {
      throw new Error('no training in this benchmark');
    },
    events: createEventHub(),
    appVersion: 'bench',
  });
  try {
    const dataset = lab.datasets.addBuiltin('mnist');
    const record = lab.store.datasets.get(dataset.id)!;
    const network = new Network(SPEC, { seed: 1 });
    const rng = new Rng(2);
    const mean = Array.from({ length: 784 }, () => rng.uniform(0, 0.3));
    const std = Array.from({ length: 784 }, () => rng.uniform(0.2, 0.5));
    const model = toModelFile(network, {
      normalization: { kind: 'standard', mean, std },
      featureNames: Array.from({ length: 784 }, (_, i) => `pixel ${i + 1}`),
      labels: Array.from({ length: 10 }, (_, i) => String(i)),
      training: TRAINING,
    });
    const experiment = lab.store.experiments.create({
      name: 'digits 784-512-512-10',
      datasetId: dataset.id,
      config: {
        spec: SPEC,
        training: TRAINING,
        seed: 1,
        datasetHash: record.hash,
        appVersion: 'bench',
        normalize: 'standard',
      },
    });
    const epochs: EpochReport[] = Array.from({ length: 20 }, (_, i) => ({
      epoch: i + 1,
      step: (i + 1) * 110,
      loss: 2 / (i + 1),
      accuracy: 1 - 0.5 / (i + 1),
      validationLoss: 2.2 / (i + 1),
      validationAccuracy: 1 - 0.6 / (i + 1),
      learningRate: 0.001,
      millis: 900,
    }));
    lab.store.experiments.setStatus(experiment.id, 'running');
    lab.store.metrics.append(experiment.id, epochs);
    lab.store.models.save(experiment.id, model);
    lab.store.experiments.finish(experiment.id, 'done', {
      finalMetrics: {
        loss: 0.1,
        accuracy: 0.97,
        validationLoss: 0.12,
        validationAccuracy: 0.96,
        testLoss: 0.13,
        testAccuracy: 0.95,
      },
    });
    const exportable = { name: 'digits', model };
    const ids = [experiment.id];
    const onnx = time(
      'ONNX export, 784-512-512-10',
      5,
      () => exportOnnx(exportable, 'bench'),
      (b) => b.length,
    );
    // What the run's end does (judging 10,000 digits, seconds): before the report's clock.
    const judge = time(
      '(untimed for the report) judging the run once at its end',
      0,
      () => evaluateExperiment(lab, experiment.id),
      () => 0,
    );
    let input: ReturnType<typeof gatherReport> | undefined;
    const gather = time(
      '  of which: reading the run and its evaluation',
      3,
      () => (input = gatherReport(lab, ids, 'bench')),
      () => 0,
    );
    const render = time(
      '  of which: charts, drawing and HTML',
      3,
      () => renderReportHtml(input!),
      (t) => t.length,
    );
    const whole: ExportTiming = {
      name: 'report HTML, whole',
      firstMs: gather.firstMs + render.firstMs,
      medianMs: gather.medianMs + render.medianMs,
      bytes: render.bytes,
    };
    return { timings: [onnx, whole, gather, render, { ...judge, name: `  ${judge.name}` }] };
  } finally {
    lab.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Run directly, or as a child of bench/run.ts (which gets the result as a message).
if (process.argv[1]?.endsWith('export.ts') || process.argv[2] === 'export') {
  const result = runExportBench();
  if (process.send) process.send(result);
  else for (const line of formatExportBench(result)) console.log(line);
}
