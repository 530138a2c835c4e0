/**
 * A confusion matrix's cells coloured by their share of the row (how the true class's rows
 * were predicted), with the text colour that reads best on each cell, from theme colours.
 */

/** Each row's total count. */
export function rowTotals(counts: readonly (readonly number[])[]): number[] {
  return counts.map((row) => row.reduce((a, b) => a + b, 0));
}

/** counts[i][j] / total of row i (0 in an empty row). */
export function rowShares(counts: readonly (readonly number[])[]): number[][] {
  const totals = rowTotals(counts);
  return counts.map((row, i) => row.map((c) => (totals[i] > 0 ? c / totals[i] : 0)));
}

type Rgb = [number, number, number];

/** '#rrggbb' or '#rgb' → channels. @throws on anything else */
export function parseHex(hex: string): Rgb {
  const h = hex.trim().replace(/^#/, '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: '${hex}'`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 … 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The theme colours a matrix is drawn with (hex). */
export interface MatrixTheme {
  surface: string;
  /** the colour of a full row share on the diagonal (right) */
  right: string;
  /** the colour of a full row share off the diagonal (wrong) */
  wrong: string;
  /** the two text colours to choose from */
  text: string;
  textOnStrong: string;
}

/** Strongest mix towards the cell colour, so that a full cell still reads as a tint. */
export const MAX_MIX = 0.85;

/**
 * A cell's background (the surface mixed towards the right or wrong colour by the row share)
 * and the text colour of the two with the higher contrast on it (black or white when neither
 * reaches 4.5:1).
 */
export function cellColors(
  share: number,
  diagonal: boolean,
  theme: MatrixTheme,
): { background: string; color: string } {
  const s = share > 1 ? 1 : share > 0 ? share : 0;
  const from = parseHex(theme.surface);
  const to = parseHex(diagonal ? theme.right : theme.wrong);
  const t = s * MAX_MIX;
  const bg: Rgb = [0, 1, 2].map((i) => from[i] + (to[i] - from[i]) * t) as Rgb;
  const text = parseHex(theme.text);
  const strong = parseHex(theme.textOnStrong);
  let color = contrast(bg, text) >= contrast(bg, strong) ? theme.text : theme.textOnStrong;
  // Neither theme colour reaches AA on a mid-tone cell: black or white always does.
  if (contrast(bg, parseHex(color)) < 4.5)
    color = contrast(bg, [0, 0, 0]) >= contrast(bg, [255, 255, 255]) ? '#000000' : '#ffffff';
  return { background: toHex(bg), color };
}
