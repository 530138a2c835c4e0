import type { Loss } from './loss';
import { safeLog } from './loss';

/** Categorical cross-entropy with one-hot targets: J = (1/m) Σᵢ −Σ_c t_c ln y_c.
 * ∂J/∂y = −t / y / m. After a softmax layer the engine fuses the two (see `fused.ts`). */
export const crossEntropy: Loss = {
  name: 'cross_entropy',
  value(y, t, m, cols) {
    let sum = 0;
    const n = m * cols;
    for (let i = 0; i < n; i++) if (t[i] !== 0) sum -= t[i] * safeLog(y[i]);
    return sum / m;
  },
  gradient(y, t, dy, m, cols) {
    const n = m * cols;
    for (let i = 0; i < n; i++) dy[i] = t[i] === 0 ? 0 : -t[i] / Math.max(y[i], 1e-12) / m;
  },
};
