// Adam's update of one parameter array without penalties, four values at a time, in float32
// throughout (as PyTorch's float32 Adam): m and v live in this module's memory between steps,
// so a step copies only w and g in and w out. Pointers are byte offsets; n is trusted.

/**
 * m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − (stepSize·m) / (√v / √(1−β₂ᵗ) + ε).
 * `oneMinusBeta1` and `oneMinusBeta2` come rounded to float32 by the caller.
 */
export function adamStep(
  w: usize,
  g: usize,
  m: usize,
  v: usize,
  n: i32,
  beta1: f32,
  oneMinusBeta1: f32,
  beta2: f32,
  oneMinusBeta2: f32,
  stepSize: f32,
  sqrtCorrection2: f32,
  eps: f32,
): void {
  const b1 = f32x4.splat(beta1);
  const a1 = f32x4.splat(oneMinusBeta1);
  const b2 = f32x4.splat(beta2);
  const a2 = f32x4.splat(oneMinusBeta2);
  const step = f32x4.splat(stepSize);
  const sc2 = f32x4.splat(sqrtCorrection2);
  const e = f32x4.splat(eps);
  const n4 = n & ~3;
  for (let i = 0; i < n4; i += 4) {
    const o = (<usize>i) << 2;
    const gi = v128.load(g + o);
    const mi = f32x4.add(f32x4.mul(b1, v128.load(m + o)), f32x4.mul(a1, gi));
    const vi = f32x4.add(f32x4.mul(b2, v128.load(v + o)), f32x4.mul(f32x4.mul(a2, gi), gi));
    v128.store(m + o, mi);
    v128.store(v + o, vi);
    const denominator = f32x4.add(f32x4.div(f32x4.sqrt(vi), sc2), e);
    v128.store(w + o, f32x4.sub(v128.load(w + o), f32x4.div(f32x4.mul(step, mi), denominator)));
  }
  for (let i = n4; i < n; i++) {
    const o = (<usize>i) << 2;
    const gi = load<f32>(g + o);
    const mi = beta1 * load<f32>(m + o) + oneMinusBeta1 * gi;
    const vi = beta2 * load<f32>(v + o) + oneMinusBeta2 * gi * gi;
    store<f32>(m + o, mi);
    store<f32>(v + o, vi);
    store<f32>(
      w + o,
      load<f32>(w + o) - (stepSize * mi) / (Mathf.sqrt(vi) / sqrtCorrection2 + eps),
    );
  }
}
