import type { NetworkSpec } from '../../../src-engine/network/spec';
import type { UnitDesign } from '../../store/records';
import { escapeHtml } from './escape-html';

/** Units drawn per layer; bigger layers show the first and last few with a gap. */
const SHOWN = 8;

/**
 * The network drawn as columns of units (inputs on the left) joined by their connections,
 * each column labelled with its size and activation, as inline SVG with a text alternative.
 */
export function designSvg(spec: NetworkSpec, inputNames: string[], unit?: UnitDesign): string {
  const sizes = [spec.inputs, ...spec.layers.map((l) => l.units)];
  const labels = [
    `${spec.inputs} input${spec.inputs === 1 ? '' : 's'}`,
    ...spec.layers.map((l) => `${l.units} ${l.activation.replace('_', ' ')}`),
  ];
  const width = Math.max(320, 150 * sizes.length);
  const height = 60 + 34 * Math.min(SHOWN + 1, Math.max(...sizes));
  const x = (c: number) => 60 + ((width - 120) * c) / Math.max(1, sizes.length - 1);
  const columns = sizes.map((n, c) => {
    const shown =
      n > SHOWN + 1 ? [0, 1, 2, 3, -1, n - 4, n - 3, n - 2, n - 1] : [...Array(n).keys()];
    const top = (height - 40 - 34 * (shown.length - 1)) / 2;
    return shown.map((i, k) => ({ i, x: x(c), y: top + 34 * k }));
  });
  const lines: string[] = [];
  for (let c = 0; c + 1 < columns.length; c++)
    for (const a of columns[c])
      for (const b of columns[c + 1])
        if (a.i >= 0 && b.i >= 0)
          lines.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"/>`);
  const nodes = columns.flatMap((col, c) =>
    col.map((n) =>
      n.i < 0
        ? `<text x="${n.x}" y="${n.y + 5}" class="gap">⋮</text>`
        : `<circle cx="${n.x}" cy="${n.y}" r="11" class="${c === 0 ? 'input' : c === columns.length - 1 ? 'output' : 'hidden'}"/>`,
    ),
  );
  const names = columns[0]
    .filter((n) => n.i >= 0 && inputNames[n.i])
    .map(
      (n) =>
        `<text x="${n.x - 16}" y="${n.y + 4}" class="name">${escapeHtml(inputNames[n.i].slice(0, 14))}</text>`,
    );
  const captions = labels.map(
    (text, c) => `<text x="${x(c)}" y="${height - 12}" class="caption">${escapeHtml(text)}</text>`,
  );
  const kind = unit ? `${unit.model.replace('-', '–')} unit: ` : '';
  const description = `${kind}network ${sizes.join(' → ')} (${labels.join(', ')})`;
  return `<svg class="design" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(description)}"><title>${escapeHtml(description)}</title><g class="links">${lines.join('')}</g>${nodes.join('')}${names.join('')}${captions.join('')}</svg>`;
}
