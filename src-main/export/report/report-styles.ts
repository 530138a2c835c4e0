/**
 * The report's own style sheet: a printed document, not the app, so it keeps fixed
 * print-friendly colours in both the browser and the PDF. On paper each experiment takes two
 * A4 pages, its overview and its results, and a comparison starts with a summary page.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1b1f24; background: #fff; margin: 0 auto; max-width: 980px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 0 0 8px; border-bottom: 2px solid #0072B2; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.meta { color: #505a66; margin: 0 0 16px; }
table { border-collapse: collapse; margin: 4px 0 8px; }
th, td { border: 1px solid #c9d1da; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 20px; }
.grid2 > * { min-width: 0; }
figure { margin: 6px 0; break-inside: avoid; }
figcaption { color: #505a66; font-size: 12px; }
svg { max-width: 100%; height: auto; }
svg.design line { stroke: #9aa6b2; stroke-width: 0.8; }
svg.design circle { stroke: #1b1f24; stroke-width: 1.2; }
svg.design circle.input { fill: #eef2f6; }
svg.design circle.hidden { fill: #9ecae1; }
svg.design circle.output { fill: #E69F00; }
svg.design text { font: 12px system-ui, sans-serif; fill: #1b1f24; text-anchor: middle; }
svg.design text.name { text-anchor: end; font-size: 10px; }
svg.design text.gap { font-size: 16px; }
.surface circle { stroke: #1b1f24; stroke-width: 0.6; }
.legend span { display: inline-flex; align-items: center; gap: 4px; margin-right: 12px; font-size: 12px; }
.legend i { width: 12px; height: 12px; border: 1px solid #1b1f24; display: inline-block; }
.confusion td { min-width: 38px; text-align: right; }
.notes { white-space: pre-wrap; border-left: 3px solid #c9d1da; padding: 4px 10px; margin: 4px 0; }
.missing { color: #8a1c1c; }
section.experiment { margin-top: 28px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 24px; color: #505a66; font-size: 12px; }
@media print {
  body { padding: 0; max-width: none; font-size: 11px; }
  h1 { font-size: 20px; }
  h2 { font-size: 16px; }
  section.experiment { margin-top: 0; }
  section.experiment + section.experiment, .summary + section.experiment { break-before: page; }
  .results { break-before: page; }
  svg.design { max-height: 300px; }
  .charts svg { max-height: 240px; }
  footer { display: none; }
}
`;
