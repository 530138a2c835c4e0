import type { TrainConfig } from '../../../src-engine/train/config';
import type { EvaluatedPart } from '../../contract/types';
import { classColour } from './report-colours';
import type { ReportDataset, ReportExperiment, ReportSurface } from './report-input';
import { escapeHtml as e } from './escape-html';

/** A number for people: up to 4 significant digits, never exponent soup for ordinary sizes. */
export function fmt(v: number | undefined | null): string {
  if (v === undefined || v === null || !Number.isFinite(v)) return '–';
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : String(Number(v.toPrecision(4)));
}

const pct = (v: number | undefined) => (v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);

/** A two-column table of label → value (values are already HTML). */
export function keyValueTable(caption: string, rows: Array<[string, string]>): string {
  return `<table><caption class="sr-only">${e(caption)}</caption><tbody>${rows
    .map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${v}</td></tr>`)
    .join('')}</tbody></table>`;
}

export function datasetTable(d: ReportDataset): string {
  const split = `${pct(d.split.train)} train / ${pct(d.split.validation)} validation / ${pct(d.split.test)} test${d.split.seed !== undefined ? `, seed ${d.split.seed}` : ''}`;
  const rows: Array<[string, string]> = [
    ['name', e(d.name)],
    ['source', e(d.source)],
    ['task', e(d.task)],
    ['rows', String(d.rows)],
    [`inputs (${d.features.length})`, e(d.features.join(', '))],
    ['target', e(d.target)],
    ['split', e(split)],
  ];
  if (d.classCounts)
    rows.push(['classes', e(d.classCounts.map((c) => `${c.name}: ${c.count}`).join(', '))]);
  return keyValueTable('dataset', rows);
}

function optimizerText(t: TrainConfig): string {
  const { name, ...params } = t.optimizer as { name: string } & Record<string, unknown>;
  const extra = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${String(v)}`);
  return extra.length ? `${name} (${extra.join(', ')})` : name;
}

export function hyperparameterTable(x: ReportExperiment): string {
  const { training: t, seed, normalize, derived } = x.config;
  const rows: Array<[string, string]> = [
    ['loss', e(t.loss)],
    ['optimizer', e(optimizerText(t))],
    ['learning rate', fmt(t.learningRate)],
    ['schedule', e(t.schedule ? JSON.stringify(t.schedule) : 'constant')],
    ['batch size', String(t.batchSize)],
    ['epochs (asked / done)', `${t.epochs} / ${x.epochsDone}`],
    ['shuffle', t.shuffle ? `yes, seed ${t.seed}` : 'no'],
    ['weights seed', String(seed)],
    ['normalisation', e(normalize ?? 'none')],
  ];
  if (derived?.length) rows.push(['derived inputs', e(derived.join(', '))]);
  if (t.earlyStopping) rows.push(['early stopping', e(JSON.stringify(t.earlyStopping))]);
  if (x.unit) rows.push(['single-unit model', e(JSON.stringify(x.unit))]);
  return keyValueTable('hyperparameters', rows);
}

/** The final numbers per part: from the evaluation when there is one, else the stored ones. */
export function metricsTable(x: ReportExperiment): string {
  const regression = x.dataset.task === 'regression';
  const second = regression ? 'R²' : 'accuracy';
  const head = `<tr><th scope="col">part</th><th scope="col">rows</th><th scope="col">loss</th><th scope="col">${second}</th></tr>`;
  const parts: Array<Pick<EvaluatedPart, 'part' | 'loss' | 'accuracy' | 'r2'> & { rows?: number }> =
    x.evaluation?.parts ?? fromFinalMetrics(x.finalMetrics ?? {});
  if (parts.length === 0) return '<p class="missing">No final metrics: the run did not finish.</p>';
  const body = parts
    .map(
      (p) =>
        `<tr><th scope="row">${p.part}</th><td class="num">${p.rows ?? '–'}</td><td class="num">${fmt(p.loss)}</td><td class="num">${regression ? fmt(p.r2) : pct(p.accuracy)}</td></tr>`,
    )
    .join('');
  return `<table class="metrics"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function fromFinalMetrics(m: Record<string, number>) {
  return (['train', 'validation', 'test'] as const)
    .map((part) => {
      const key = (k: string) => (part === 'train' ? k : part + k[0].toUpperCase() + k.slice(1));
      return { part, loss: m[key('loss')], accuracy: m[key('accuracy')], r2: m[key('r2')] };
    })
    .filter((p) => p.loss !== undefined);
}

/** The confusion matrix of the part a model is judged by (test, else validation, else train). */
export function confusionTable(x: ReportExperiment): string {
  const ev = x.evaluation;
  if (!ev || ev.task !== 'classification') return '';
  const part = ['test', 'validation', 'train']
    .map((p) => ev.parts.find((q) => q.part === p))
    .find((p) => p?.confusion);
  if (!part?.confusion) return '';
  const max = Math.max(1, ...part.confusion.flat());
  const head = `<tr><th scope="col">true ↓ / predicted →</th>${ev.labels.map((l) => `<th scope="col">${e(l)}</th>`).join('')}</tr>`;
  const body = part.confusion
    .map(
      (row, t) =>
        `<tr><th scope="row">${e(ev.labels[t] ?? String(t))}</th>${row
          .map((n, p) => {
            const alpha = (0.08 + 0.6 * (n / max)).toFixed(2);
            const hue = p === t ? '0,114,178' : '213,94,0';
            return `<td style="background: rgba(${hue},${n ? alpha : 0})">${n}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<figure><table class="confusion"><thead>${head}</thead><tbody>${body}</tbody></table><figcaption>Confusion matrix of the ${part.part} part (${part.rows} rows): rows are the true classes, columns the predicted ones; the diagonal holds the correct answers.</figcaption></figure>`;
}

/** The decision surface: the model's answer as an embedded PNG under the data points. */
export function surfaceFigure(s: ReportSurface): string {
  const W = 360;
  const H = 360;
  const sx = (v: number) => ((v - s.box.xMin) / (s.box.xMax - s.box.xMin)) * W;
  const sy = (v: number) => H - ((v - s.box.yMin) / (s.box.yMax - s.box.yMin)) * H;
  const png = Buffer.from(s.png).toString('base64');
  const dots = s.points
    .map(
      (p) =>
        `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${p.cls >= 0 ? classColour(p.cls) : '#ffffff'}"/>`,
    )
    .join('');
  const description = `Decision surface over ${s.axes[0]} from ${fmt(s.box.xMin)} to ${fmt(s.box.xMax)} and ${s.axes[1]} from ${fmt(s.box.yMin)} to ${fmt(s.box.yMax)}, with ${s.points.length} data points`;
  const legend = s.legend
    .map((l) => `<span><i style="background:${l.colour}"></i>${e(l.label)}</span>`)
    .join('');
  return `<figure class="surface"><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${e(description)}"><title>${e(description)}</title><image href="data:image/png;base64,${png}" x="0" y="0" width="${W}" height="${H}" preserveAspectRatio="none"/>${dots}</svg><figcaption>Decision surface: ${e(s.axes[0])} across, ${e(s.axes[1])} up; the background is the model's answer, the dots the data. <span class="legend">${legend}</span></figcaption></figure>`;
}
