/**
 * Contour lines of a function on a square by marching squares: f is sampled on an (n + 1)²
 * grid; in each cell the level crosses the edges whose ends lie on opposite sides, at the point
 * found by linear interpolation, and those crossings are joined in pairs. A saddle cell (two
 * opposite corners above, two below) is resolved by the value at the cell's centre.
 */

/** A piece of a contour line: [x1, y1, x2, y2] in the function's coordinates. */
export type Segment = [number, number, number, number];

/**
 * The segments of the level set f = level over [min, max]².
 * @param n cells per side
 */
export function contourSegments(
  f: (x: number, y: number) => number,
  min: number,
  max: number,
  n: number,
  level: number,
): Segment[] {
  const h = (max - min) / n;
  const v: number[][] = [];
  for (let i = 0; i <= n; i++) {
    v.push([]);
    for (let j = 0; j <= n; j++) v[i].push(f(min + i * h, min + j * h) - level);
  }
  const out: Segment[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x0 = min + i * h;
      const y0 = min + j * h;
      // corners counter-clockwise from bottom-left, and where the level crosses each edge
      const c = [v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1]];
      const p: [number, number][] = [
        [x0, y0],
        [x0 + h, y0],
        [x0 + h, y0 + h],
        [x0, y0 + h],
      ];
      const cross: [number, number][] = [];
      for (let e = 0; e < 4; e++) {
        const a = c[e];
        const b = c[(e + 1) % 4];
        if (a >= 0 === b >= 0) continue;
        const t = a / (a - b);
        const [pa, pb] = [p[e], p[(e + 1) % 4]];
        cross.push([pa[0] + t * (pb[0] - pa[0]), pa[1] + t * (pb[1] - pa[1])]);
      }
      if (cross.length === 2) out.push([...cross[0], ...cross[1]]);
      else if (cross.length === 4) {
        // a saddle cell: the centre decides which crossings belong together
        const centre = f(x0 + h / 2, y0 + h / 2) - level;
        const pairs =
          centre >= 0 === c[0] >= 0
            ? [
                [0, 3],
                [1, 2],
              ]
            : [
                [0, 1],
                [2, 3],
              ];
        for (const [a, b] of pairs) out.push([...cross[a], ...cross[b]]);
      }
    }
  return out;
}
