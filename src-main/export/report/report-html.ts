import { designSvg } from './design-svg';
import { escapeHtml as e } from './escape-html';
import { hasValues, lineChartSvg, type CurveSeries } from './curve-charts';
import { curveColour } from './report-colours';
import type { ReportExperiment, ReportInput } from './report-input';
import {
  confusionTable,
  datasetTable,
  fmt,
  hyperparameterTable,
  metricsTable,
  surfaceFigure,
} from './report-sections';
import { REPORT_CSS } from './report-styles';
import { describeArchitecture } from '../../../src-engine/network/describe-architecture';

/** Nothing may be fetched: styles inline, images as data URIs, no script at all. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const when = (ms: number | null) =>
  ms === null ? '–' : new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${e(caption)}</figcaption></figure>`;
}

function curveFigures(x: ReportExperiment): string {
  const c = x.curves;
  if (c.epoch.length === 0) return '<p class="missing">No epochs were recorded.</p>';
  const loss: CurveSeries[] = [{ name: 'training loss', epochs: c.epoch, values: c.loss }];
  if (hasValues(c.validationLoss))
    loss.push({ name: 'validation loss', epochs: c.epoch, values: c.validationLoss, dashed: true });
  const figures = [
    figure(
      lineChartSvg('Loss', x.config.training.loss, loss, { width: 460, height: 280 }),
      `Loss per epoch (${loss.map((s) => s.name).join(', ')}), ${c.epoch.length} epochs.`,
    ),
  ];
  if (hasValues(c.accuracy) || hasValues(c.validationAccuracy)) {
    const acc: CurveSeries[] = [];
    if (hasValues(c.accuracy))
      acc.push({ name: 'training accuracy', epochs: c.epoch, values: c.accuracy });
    if (hasValues(c.validationAccuracy))
      acc.push({
        name: 'validation accuracy',
        epochs: c.epoch,
        values: c.validationAccuracy,
        dashed: true,
      });
    figures.push(
      figure(
        lineChartSvg('Accuracy', 'accuracy', acc, { width: 460, height: 280, yMin: 0, yMax: 1 }),
        `Accuracy per epoch (${acc.map((s) => s.name).join(', ')}).`,
      ),
    );
  }
  return `<div class="grid2 charts">${figures.join('')}</div>`;
}

function experimentSection(x: ReportExperiment): string {
  const status = `${x.status}${x.reason ? ` — ${x.reason}` : ''}`;
  const results = [
    '<h3>Curves</h3>',
    curveFigures(x),
    x.surface ? '<h3>Decision surface</h3>' + surfaceFigure(x.surface) : '',
    x.evaluation?.task === 'classification' ? '<h3>Confusion matrix</h3>' + confusionTable(x) : '',
    x.missing ? `<p class="missing">${e(x.missing)}</p>` : '',
  ];
  return `<section class="experiment" id="experiment-${x.id}">
<h2>${e(x.name)} <small>(experiment ${x.id})</small></h2>
<p class="meta">Status: ${e(status)} · created ${when(x.createdAt)} · finished ${when(x.finishedAt)} · design: ${e(x.designName ?? 'unsaved')}</p>
<div class="overview">
<div class="grid2"><div><h3>Dataset</h3>${datasetTable(x.dataset)}</div><div><h3>Hyperparameters</h3>${hyperparameterTable(x)}</div></div>
<h3>Design</h3>${designSvg(x.config.spec, x.dataset.features, x.unit)}
<h3>Final metrics</h3>${metricsTable(x)}
<h3>Notes</h3>${x.notes.trim() ? `<div class="notes">${e(x.notes)}</div>` : '<p class="meta">No notes.</p>'}
</div>
<div class="results">${results.join('\n')}</div>
</section>`;
}

/** The first page of a comparison: one row per run and their loss curves together. */
function summarySection(xs: ReportExperiment[]): string {
  const accuracyOf = (x: ReportExperiment) => {
    const m = x.finalMetrics ?? {};
    return m.testAccuracy ?? m.validationAccuracy ?? m.accuracy;
  };
  const rows = xs
    .map(
      (x) =>
        `<tr><th scope="row">${e(x.name)} (${x.id})</th><td>${e(x.dataset.name)}</td><td>${e(describeArchitecture(x.config.spec))}</td><td>${e(x.config.training.optimizer.name)}, lr ${fmt(x.config.training.learningRate)}</td><td class="num">${x.epochsDone}</td><td class="num">${fmt(x.finalMetrics?.loss)}</td><td class="num">${fmt(x.finalMetrics?.validationLoss)}</td><td class="num">${accuracyOf(x) === undefined ? '–' : `${(accuracyOf(x)! * 100).toFixed(1)}%`}</td></tr>`,
    )
    .join('');
  const lossSeries: CurveSeries[] = xs.map((x, i) => ({
    name: `${x.name} (${x.id})`,
    epochs: x.curves.epoch,
    values: hasValues(x.curves.validationLoss) ? x.curves.validationLoss : x.curves.loss,
    colour: curveColour(i),
  }));
  const chart = lineChartSvg('Loss of each run', 'loss', lossSeries, { width: 900, height: 320 });
  return `<section class="summary"><h2>Summary</h2>
<table><thead><tr><th scope="col">experiment</th><th scope="col">dataset</th><th scope="col">network</th><th scope="col">optimizer</th><th scope="col">epochs</th><th scope="col">training loss</th><th scope="col">validation loss</th><th scope="col">accuracy (test, else validation)</th></tr></thead><tbody>${rows}</tbody></table>
${figure(chart, 'Loss per epoch of each run (validation loss where the run measured it, else training loss).')}
</section>`;
}

/**
 * A report as one self-contained HTML document: inline styles, charts as inline SVG, images
 * as data URIs, no script, and a Content-Security-Policy that forbids fetching anything. One
 * experiment, or a comparison (a summary first, then each run).
 */
export function renderReportHtml(input: ReportInput): string {
  const xs = input.experiments;
  const title =
    xs.length === 1
      ? `Neuron Lab report: ${xs[0].name}`
      : `Neuron Lab comparison of ${xs.length} experiments`;
  const date = input.generatedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Neuron Lab ${e(input.appVersion)}">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p class="meta">Made ${date} with Neuron Lab ${e(input.appVersion)}.</p>
${xs.length > 1 ? summarySection(xs) : ''}
${xs.map(experimentSection).join('\n')}
</main>
<footer>Neuron Lab ${e(input.appVersion)} · ${date}</footer>
</body>
</html>
`;
}
