/**
 * A live snapshot's pictures as small integer maps: a decision surface of 100 × 100 cells and
 * a map per hidden unit travel tens of times a second, so each map goes as 16-bit (the output)
 * or 8-bit (hidden units) levels between its own lowest and highest value, and is turned back
 * into floats where it is drawn. Import-free: the trainer encodes, the renderer decodes.
 */

/** Values over a grid as integer levels: value = lo + level · (hi − lo) / top, where top is the
 * largest level of the array's type minus one; the largest level itself stands for NaN. */
export interface LevelMap {
  lo: number;
  hi: number;
  levels: Uint8Array | Uint16Array;
}

/** A rectangle of the plane, in the data's own (raw) units. */
export interface PlaneBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A decision surface as it travels: the outputs over n × n cells (row 0 at the top, [n² ×
 * outputs]) and, when asked for, each hidden unit over a coarser hiddenN × hiddenN grid. */
export interface WireSurface {
  n: number;
  box: PlaneBox;
  outputs: number;
  output: LevelMap;
  hiddenN?: number;
  /** hidden[layer][unit] */
  hidden?: LevelMap[][];
}

/** The same surface with its maps as floats, as views draw it. */
export interface PlainSurface {
  n: number;
  box: PlaneBox;
  outputs: number;
  output: Float32Array;
  hiddenN?: number;
  hidden?: Float32Array[][];
}

/** Levels as 8-bit (255 kept for NaN) or 16-bit (65535 kept for NaN) integers. */
export function toLevels(values: ArrayLike<number>, bits: 8 | 16): LevelMap {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo && v !== -Infinity) lo = v;
    if (v > hi && v !== Infinity) hi = v;
  }
  if (lo > hi) lo = hi = 0; // nothing finite
  const levels = bits === 8 ? new Uint8Array(values.length) : new Uint16Array(values.length);
  const top = (bits === 8 ? 255 : 65535) - 1;
  const scale = hi > lo ? top / (hi - lo) : 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) levels[i] = top + 1;
    else if (v >= hi) levels[i] = hi > lo ? top : 0;
    else if (v <= lo) levels[i] = 0;
    else levels[i] = ((v - lo) * scale + 0.5) | 0;
  }
  return { lo, hi, levels };
}

/** The values back (within half a level: (hi − lo) / (2 · top)), NaN where they were NaN. */
export function fromLevels(map: LevelMap): Float32Array {
  const { lo, hi, levels } = map;
  const top = (levels instanceof Uint8Array ? 255 : 65535) - 1;
  const step = (hi - lo) / top;
  const out = new Float32Array(levels.length);
  for (let i = 0; i < levels.length; i++) {
    const q = levels[i];
    out[i] = q > top ? NaN : lo + q * step;
  }
  return out;
}

/** A surface made small for the wire. */
export function encodeSurface(surface: PlainSurface): WireSurface {
  return {
    n: surface.n,
    box: { ...surface.box },
    outputs: surface.outputs,
    output: toLevels(surface.output, 16),
    ...(surface.hidden
      ? {
          hiddenN: surface.hiddenN ?? surface.n,
          hidden: surface.hidden.map((layer) => layer.map((unit) => toLevels(unit, 8))),
        }
      : {}),
  };
}

/** A surface from the wire, as floats to draw. */
export function decodeSurface(surface: WireSurface): PlainSurface {
  return {
    n: surface.n,
    box: { ...surface.box },
    outputs: surface.outputs,
    output: fromLevels(surface.output),
    ...(surface.hidden
      ? {
          hiddenN: surface.hiddenN ?? surface.n,
          hidden: surface.hidden.map((layer) => layer.map(fromLevels)),
        }
      : {}),
  };
}

/** The bytes a surface's maps take on the wire. */
export function surfaceBytes(surface: WireSurface): number {
  let bytes = surface.output.levels.byteLength;
  for (const layer of surface.hidden ?? [])
    for (const unit of layer) bytes += unit.levels.byteLength;
  return bytes;
}
