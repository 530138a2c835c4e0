/**
 * Saving a chart as a file: PNG at twice the pixel ratio from the live chart, SVG by drawing
 * the same option once more with echarts' SVG renderer (server-side mode, no DOM).
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

/** Offers `href` as a download named `fileName`. */
function download(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Downloads the chart as `<name>.png` at 2× pixel ratio on the given background. */
export function savePng(chart: EChartsType, name: string, background: string): void {
  download(
    chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }),
    `${name}.png`,
  );
}

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

/** Downloads the chart as `<name>.svg`. */
export function saveSvg(chart: EChartsType, name: string, background: string): void {
  const blob = new Blob([toSvg(chart, background)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
