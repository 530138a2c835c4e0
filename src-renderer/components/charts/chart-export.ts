/**
 * Saving a chart as a file: PNG at twice the pixel ratio from the live chart, SVG by drawing
 * the same option once more with echarts' SVG renderer (server-side mode, no DOM). The picture
 * goes to main (`export:chart`), which hands it back to download in a browser, and in the
 * desktop app saves it where the person chooses in its save dialog.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { LabClient } from '../../api/lab-client';
import { deliverFiles, type Delivery } from '../export/download-files';
import { errorText } from '../../i18n/error-text';

use([
  CanvasRenderer,
  SVGRenderer,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
]);

export type ChartFormat = 'png' | 'svg';

/** The chart drawn as an SVG document. */
export function toSvg(chart: EChartsType, background: string): string {
  const svgChart = init(null, undefined, {
    renderer: 'svg',
    ssr: true,
    width: chart.getWidth(),
    height: chart.getHeight(),
  });
  try {
    // getOption's result is the full merged option; drop interaction for a still picture.
    svgChart.setOption({ ...chart.getOption(), animation: false, backgroundColor: background });
    return svgChart.renderToSVGString();
  } finally {
    svgChart.dispose();
  }
}

/** The bytes of a `data:…;base64,` address. */
export function dataUrlBytes(url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The chart as a PNG (2× pixel ratio) or SVG file's bytes, on the given background. */
export function chartPicture(
  chart: EChartsType,
  format: ChartFormat,
  background: string,
): Uint8Array<ArrayBuffer> {
  if (format === 'svg') return new TextEncoder().encode(toSvg(chart, background));
  return dataUrlBytes(
    chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }),
  );
}

/** What became of a save: the file's delivery, or why it failed. */
export type PictureSaving = Delivery | { kind: 'failed'; message: string };

/**
 * Saves a picture as `<name>.<format>` through main: downloaded in a browser, saved through
 * the save dialog in the desktop app.
 * @param doc the document that downloads (the page's)
 */
export async function savePicture(
  lab: Pick<LabClient, 'call'>,
  name: string,
  format: ChartFormat,
  bytes: Uint8Array<ArrayBuffer>,
  doc?: Document,
): Promise<PictureSaving> {
  const answer = await lab.call('export:chart', { name, format, bytes });
  if (!answer.ok) return { kind: 'failed', message: errorText(answer.error) };
  return deliverFiles(answer.value, doc ?? document);
}
