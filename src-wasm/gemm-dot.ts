// C = A · Bᵀ in WebAssembly SIMD. Both operands are read along their rows, so the shared
// dimension k is the SIMD axis: each f32x4 accumulator holds four partial dot products that
// are summed once at the end. A block of 4 rows of A × 2 rows of B keeps eight accumulators
// and six loads in registers (x64 and arm64 have 16 vector registers); larger blocks spill.
// Pointers are byte offsets into this module's memory; sizes are trusted (checked in JS).

/** Sum of the four lanes, always in the same order so results are reproducible. (Binaryen
 * inlines it; no @inline decorator, which the TypeScript linters cannot parse on a function.) */
function lanes(v: v128): f32 {
  return (
    f32x4.extract_lane(v, 0) +
    f32x4.extract_lane(v, 1) +
    (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3))
  );
}

/** One dot product of length k (edge rows and columns of C). */
function dot(a: usize, b: usize, k: i32): f32 {
  const k4 = k & ~3;
  let acc = f32x4.splat(0);
  for (let p = 0; p < k4; p += 4) {
    const o = (<usize>p) << 2;
    acc = f32x4.add(acc, f32x4.mul(v128.load(a + o), v128.load(b + o)));
  }
  let s = lanes(acc);
  for (let p = k4; p < k; p++) {
    const o = (<usize>p) << 2;
    s += load<f32>(a + o) * load<f32>(b + o);
  }
  return s;
}

/** A: [m, k], B: [n, k], C: [m, n], row-major f32. */
export function gemmABt(a: usize, b: usize, c: usize, m: i32, n: i32, k: i32): void {
  const row = (<usize>k) << 2;
  const rowC = (<usize>n) << 2;
  const k4 = k & ~3;
  const m4 = m & ~3;
  const n2 = n & ~1;
  for (let i = 0; i < m4; i += 4) {
    const a0 = a + <usize>i * row;
    const a1 = a0 + row;
    const a2 = a1 + row;
    const a3 = a2 + row;
    const c0 = c + <usize>i * rowC;
    for (let j = 0; j < n2; j += 2) {
      const b0 = b + <usize>j * row;
      const b1 = b0 + row;
      let s00 = f32x4.splat(0);
      let s01 = f32x4.splat(0);
      let s10 = f32x4.splat(0);
      let s11 = f32x4.splat(0);
      let s20 = f32x4.splat(0);
      let s21 = f32x4.splat(0);
      let s30 = f32x4.splat(0);
      let s31 = f32x4.splat(0);
      for (let p = 0; p < k4; p += 4) {
        const o = (<usize>p) << 2;
        const y0 = v128.load(b0 + o);
        const y1 = v128.load(b1 + o);
        const x0 = v128.load(a0 + o);
        const x1 = v128.load(a1 + o);
        const x2 = v128.load(a2 + o);
        const x3 = v128.load(a3 + o);
        s00 = f32x4.add(s00, f32x4.mul(x0, y0));
        s01 = f32x4.add(s01, f32x4.mul(x0, y1));
        s10 = f32x4.add(s10, f32x4.mul(x1, y0));
        s11 = f32x4.add(s11, f32x4.mul(x1, y1));
        s20 = f32x4.add(s20, f32x4.mul(x2, y0));
        s21 = f32x4.add(s21, f32x4.mul(x2, y1));
        s30 = f32x4.add(s30, f32x4.mul(x3, y0));
        s31 = f32x4.add(s31, f32x4.mul(x3, y1));
      }
      let t00 = lanes(s00);
      let t01 = lanes(s01);
      let t10 = lanes(s10);
      let t11 = lanes(s11);
      let t20 = lanes(s20);
      let t21 = lanes(s21);
      let t30 = lanes(s30);
      let t31 = lanes(s31);
      for (let p = k4; p < k; p++) {
        const o = (<usize>p) << 2;
        const y0 = load<f32>(b0 + o);
        const y1 = load<f32>(b1 + o);
        const x0 = load<f32>(a0 + o);
        const x1 = load<f32>(a1 + o);
        const x2 = load<f32>(a2 + o);
        const x3 = load<f32>(a3 + o);
        t00 += x0 * y0;
        t01 += x0 * y1;
        t10 += x1 * y0;
        t11 += x1 * y1;
        t20 += x2 * y0;
        t21 += x2 * y1;
        t30 += x3 * y0;
        t31 += x3 * y1;
      }
      const o = c0 + ((<usize>j) << 2);
      store<f32>(o, t00);
      store<f32>(o, t01, 4);
      store<f32>(o + rowC, t10);
      store<f32>(o + rowC, t11, 4);
      store<f32>(o + 2 * rowC, t20);
      store<f32>(o + 2 * rowC, t21, 4);
      store<f32>(o + 3 * rowC, t30);
      store<f32>(o + 3 * rowC, t31, 4);
    }
    if (n2 < n) {
      const b0 = b + <usize>n2 * row;
      const o = c0 + ((<usize>n2) << 2);
      store<f32>(o, dot(a0, b0, k));
      store<f32>(o + rowC, dot(a1, b0, k));
      store<f32>(o + 2 * rowC, dot(a2, b0, k));
      store<f32>(o + 3 * rowC, dot(a3, b0, k));
    }
  }
  for (let i = m4; i < m; i++) {
    const a0 = a + <usize>i * row;
    const c0 = c + <usize>i * rowC;
    for (let j = 0; j < n; j++) store<f32>(c0 + ((<usize>j) << 2), dot(a0, b + <usize>j * row, k));
  }
}
