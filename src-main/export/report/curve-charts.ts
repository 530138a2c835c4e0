import * as echarts from 'echarts';
import { CURVE_COLOURS } from './report-colours';

/** One line of a chart: a name and (epoch, value) points (NaN values are left out). */
export interface CurveSeries {
  name: string;
  epochs: ArrayLike<number>;
  values: ArrayLike<number>;
  dashed?: boolean;
  colour?: string;
}

/**
 * A line chart as an SVG string, drawn by ECharts' server-side renderer (no animation, no
 * script). The namespace attributes are dropped: inline SVG in HTML needs none, and the
 * report then holds no URL at all.
 */
export function lineChartSvg(
  title: string,
  yName: string,
  series: CurveSeries[],
  options: { width?: number; height?: number; yMin?: number; yMax?: number; logY?: boolean } = {},
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width ?? 640,
    height: options.height ?? 280,
  });
  try {
    chart.setOption({
      animation: false,
      color: CURVE_COLOURS,
      textStyle: { fontFamily: 'system-ui, sans-serif' },
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      legend: { bottom: 0, type: 'plain', itemGap: 24 },
      grid: { left: 64, right: 24, top: 40, bottom: 64 },
      xAxis: { type: 'value', name: 'epoch', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: {
        type: options.logY ? 'log' : 'value',
        name: yName,
        min: options.yMin,
        max: options.yMax,
        scale: options.yMin === undefined,
      },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        showSymbol: false,
        lineStyle: { width: 2, type: s.dashed ? 'dashed' : 'solid' },
        itemStyle: s.colour ? { color: s.colour } : undefined,
        data: points(s),
      })),
    });
    return chart
      .renderToSVGString()
      .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
      .replace(/\s+(baseProfile|version)="[^"]*"/g, '');
  } finally {
    chart.dispose();
  }
}

function points(s: CurveSeries): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.values.length; i++)
    if (Number.isFinite(s.values[i])) out.push([s.epochs[i], s.values[i]]);
  return out;
}

/** Whether any value of a column is a number (not all NaN). */
export const hasValues = (values: ArrayLike<number>): boolean =>
  Array.prototype.some.call(values, (v: number) => Number.isFinite(v));
