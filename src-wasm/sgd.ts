// Plain gradient descent's update of one float32 parameter array, four values at a time in
// float64 as the engine's JavaScript loop computes it (w − α·g in double precision, rounded
// once to float32), so both give the same bits. Pointers are byte offsets; n is trusted.

/** Moves lanes 2 and 3 of a f32x4 into lanes 0 and 1. */
const HIGH_HALF = i8x16(8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15);

/** w − rate·g in float64 for the two float32 lanes in the low half of w and g. */
function update2(w: v128, g: v128, rate: v128): v128 {
  const wide = f64x2.sub(f64x2.promote_low_f32x4(w), f64x2.mul(rate, f64x2.promote_low_f32x4(g)));
  return f32x4.demote_f64x2_zero(wide);
}

/** w[i] ← float32(w[i] − rate·g[i]) for i < n. */
export function sgdStep(w: usize, g: usize, n: i32, rate: f64): void {
  const r = f64x2.splat(rate);
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    const wi = v128.load(w + o);
    const gi = v128.load(g + o);
    const low = update2(wi, gi, r);
    const high = update2(v128.swizzle(wi, HIGH_HALF), v128.swizzle(gi, HIGH_HALF), r);
    v128.store(w + o, i64x2.shuffle(low, high, 0, 2));
  }
  for (let i = n4; i < n; i++) {
    const o = (<usize>i) << 2;
    store<f32>(w + o, <f32>(<f64>load<f32>(w + o) - rate * <f64>load<f32>(g + o)));
  }
}
