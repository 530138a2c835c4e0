// C = A · B and C = Aᵀ · B in WebAssembly SIMD, without transposing anything: B and C are
// read along their rows, so the columns of C are the SIMD axis. For each step p along the
// shared dimension, four elements of A (one per row of the block) are broadcast (load32_splat,
// one instruction, measured ~10% faster than a load then a splat) and multiplied into two f32x4
// of B's row p: a 4 × 8 block of C stays in eight registers for the whole walk. (Walking the
// column strips outermost, to keep B's strip in L1, measured no faster.)
// A is addressed through strides, so one kernel serves both products:
//   A · B:  element (i, p) of A [m, k] at i·k + p  (strides k, 1)
//   Aᵀ · B: element (i, p) of Aᵀ, A [k, m], at p·m + i  (strides 1, m)
// Pointers are byte offsets into this module's memory; sizes are trusted (checked in JS).
// Exported as such too: a second thread computes a range of C's rows of either product
// (A's strides stay those of the whole A).

/** C = A' · B with A' addressed through strides. B: [k, n], C: [m, n], row-major f32. */
export function gemmBroadcast(
  a: usize,
  si: usize,
  sp: usize,
  b: usize,
  c: usize,
  m: i32,
  n: i32,
  k: i32,
): void {
  const rowB = (<usize>n) << 2;
  const si4 = si << 2;
  const sp4 = sp << 2;
  const m4 = m & ~3;
  const n8 = n & ~7;
  const n4 = n & ~3;
  for (let i = 0; i < m4; i += 4) {
    const ai = a + <usize>i * si4;
    const c0 = c + <usize>i * rowB;
    for (let j = 0; j < n8; j += 8) {
      const bj = b + ((<usize>j) << 2);
      let s00 = f32x4.splat(0);
      let s01 = f32x4.splat(0);
      let s10 = f32x4.splat(0);
      let s11 = f32x4.splat(0);
      let s20 = f32x4.splat(0);
      let s21 = f32x4.splat(0);
      let s30 = f32x4.splat(0);
      let s31 = f32x4.splat(0);
      for (let p = 0; p < k; p++) {
        const bp = bj + <usize>p * rowB;
        const y0 = v128.load(bp);
        const y1 = v128.load(bp, 16);
        const ap = ai + <usize>p * sp4;
        const x0 = v128.load32_splat(ap);
        const x1 = v128.load32_splat(ap + si4);
        const x2 = v128.load32_splat(ap + 2 * si4);
        const x3 = v128.load32_splat(ap + 3 * si4);
        s00 = f32x4.add(s00, f32x4.mul(x0, y0));
        s01 = f32x4.add(s01, f32x4.mul(x0, y1));
        s10 = f32x4.add(s10, f32x4.mul(x1, y0));
        s11 = f32x4.add(s11, f32x4.mul(x1, y1));
        s20 = f32x4.add(s20, f32x4.mul(x2, y0));
        s21 = f32x4.add(s21, f32x4.mul(x2, y1));
        s30 = f32x4.add(s30, f32x4.mul(x3, y0));
        s31 = f32x4.add(s31, f32x4.mul(x3, y1));
      }
      const o = c0 + ((<usize>j) << 2);
      v128.store(o, s00);
      v128.store(o, s01, 16);
      v128.store(o + rowB, s10);
      v128.store(o + rowB, s11, 16);
      v128.store(o + 2 * rowB, s20);
      v128.store(o + 2 * rowB, s21, 16);
      v128.store(o + 3 * rowB, s30);
      v128.store(o + 3 * rowB, s31, 16);
    }
    for (let r = 0; r < 4; r++) {
      rowTail(ai + <usize>r * si4, sp4, b, c0 + <usize>r * rowB, n8, n4, n, k);
    }
  }
  for (let i = m4; i < m; i++) {
    rowTail(a + <usize>i * si4, sp4, b, c + <usize>i * rowB, 0, n4, n, k);
  }
}

/** Columns from j0 of one row of C: four at a time while they last, then one by one. */
function rowTail(
  ai: usize,
  sp4: usize,
  b: usize,
  ci: usize,
  j0: i32,
  n4: i32,
  n: i32,
  k: i32,
): void {
  const rowB = (<usize>n) << 2;
  for (let j = j0; j < n4; j += 4) {
    const bj = b + ((<usize>j) << 2);
    let s = f32x4.splat(0);
    for (let p = 0; p < k; p++) {
      const x = v128.load32_splat(ai + <usize>p * sp4);
      s = f32x4.add(s, f32x4.mul(x, v128.load(bj + <usize>p * rowB)));
    }
    v128.store(ci + ((<usize>j) << 2), s);
  }
  for (let j = n4; j < n; j++) {
    const bj = b + ((<usize>j) << 2);
    let s: f32 = 0;
    for (let p = 0; p < k; p++)
      s += load<f32>(ai + <usize>p * sp4) * load<f32>(bj + <usize>p * rowB);
    store<f32>(ci + ((<usize>j) << 2), s);
  }
}

/** C = A · B. A: [m, k], B: [k, n], C: [m, n], row-major f32. */
export function gemmAB(a: usize, b: usize, c: usize, m: i32, n: i32, k: i32): void {
  gemmBroadcast(a, <usize>k, 1, b, c, m, n, k);
}

/** C = Aᵀ · B. A: [k, m], B: [k, n], C: [m, n], row-major f32. */
export function gemmAtB(a: usize, b: usize, c: usize, m: i32, n: i32, k: i32): void {
  gemmBroadcast(a, 1, <usize>m, b, c, m, n, k);
}
