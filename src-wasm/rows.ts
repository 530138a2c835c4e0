// The loops over a batch that sit beside the products: adding the biases to every row of z
// and summing ∂J/∂z over the rows for ∂J/∂b. Four columns at a time, the rest one by one.
// Pointers are byte offsets into this module's memory; sizes are trusted (checked in JS).

/** z[r, j] += bias[j] for every row r. z: [rows, cols]. */
export function addRowVector(z: usize, bias: usize, rows: i32, cols: i32): void {
  const row = (<usize>cols) << 2;
  const c4 = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const zr = z + <usize>r * row;
    for (let j = 0; j < c4; j += 4) {
      const o = (<usize>j) << 2;
      v128.store(zr + o, f32x4.add(v128.load(zr + o), v128.load(bias + o)));
    }
    for (let j = c4; j < cols; j++) {
      const o = (<usize>j) << 2;
      store<f32>(zr + o, load<f32>(zr + o) + load<f32>(bias + o));
    }
  }
}

/** out[j] = Σ over rows r of x[r, j]. x: [rows, cols], out: [cols]. Rows are added in order,
 * as the JavaScript loop does, so both give the same sums. */
export function sumRows(x: usize, out: usize, rows: i32, cols: i32): void {
  const row = (<usize>cols) << 2;
  const c4 = cols & ~3;
  for (let j = 0; j < c4; j += 4) {
    const o = (<usize>j) << 2;
    let s = f32x4.splat(0);
    for (let r = 0; r < rows; r++) s = f32x4.add(s, v128.load(x + <usize>r * row + o));
    v128.store(out + o, s);
  }
  for (let j = c4; j < cols; j++) {
    const o = (<usize>j) << 2;
    let s: f32 = 0;
    for (let r = 0; r < rows; r++) s += load<f32>(x + <usize>r * row + o);
    store<f32>(out + o, s);
  }
}

/** out[i] = z[i] > 0 ? z[i] : 0, as the JavaScript Relu: NaN and −0 become +0 (a lane mask,
 * not f32x4.max, which would keep NaN). */
export function reluRows(z: usize, out: usize, n: i32): void {
  const zero = f32x4.splat(0);
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    const v = v128.load(z + o);
    v128.store(out + o, v128.and(v, f32x4.gt(v, zero)));
  }
  for (let i = n4; i < n; i++) {
    const o = (<usize>i) << 2;
    const v = load<f32>(z + o);
    store<f32>(out + o, v > 0 ? v : 0);
  }
}

/** d[i] = z[i] > 0 ? d[i] : 0 in place: ∂J/∂z of a Relu layer from ∂J/∂a (Relu′(0) = 0). */
export function reluMask(z: usize, d: usize, n: i32): void {
  const zero = f32x4.splat(0);
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    v128.store(d + o, v128.and(v128.load(d + o), f32x4.gt(v128.load(z + o), zero)));
  }
  for (let i = n4; i < n; i++) {
    const o = (<usize>i) << 2;
    if (!(load<f32>(z + o) > 0)) store<f32>(d + o, 0);
  }
}

/** 0 when x[0..n) holds only finite numbers, NaN otherwise: each value times 0 is ±0 unless it
 * is NaN or ±Infinity, and one NaN makes the sum NaN. No branch per value. */
export function nonFiniteSum(x: usize, n: i32): f32 {
  const zero = f32x4.splat(0);
  let acc = zero;
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4)
    acc = f32x4.add(acc, f32x4.mul(v128.load(x + ((<usize>i) << 2)), zero));
  let s = f32x4.extract_lane(acc, 0) + f32x4.extract_lane(acc, 1);
  s += f32x4.extract_lane(acc, 2) + f32x4.extract_lane(acc, 3);
  for (let i = n4; i < n; i++) s += load<f32>(x + ((<usize>i) << 2)) * 0;
  return s;
}
