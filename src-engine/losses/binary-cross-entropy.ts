import type { Loss } from './loss';
import { safeLog } from './loss';

/** J = (1/m) Σᵢ Σ_c −[t ln y + (1 − t) ln(1 − y)] for outputs y in (0, 1), one or more
 * independent yes/no outputs per row. ∂J/∂y = (y − t) / (y(1 − y)) / m. After a sigmoid
 * layer the engine fuses the two (see `fused.ts`), which avoids that division. */
export const binaryCrossEntropy: Loss = {
  name: 'binary_cross_entropy',
  value(y, t, m, cols) {
    let sum = 0;
    const n = m * cols;
    for (let i = 0; i < n; i++) sum -= t[i] * safeLog(y[i]) + (1 - t[i]) * safeLog(1 - y[i]);
    return sum / m;
  },
  gradient(y, t, dy, m, cols) {
    const n = m * cols;
    for (let i = 0; i < n; i++) {
      const p = Math.min(Math.max(y[i], 1e-12), 1 - 1e-12);
      dy[i] = (p - t[i]) / (p * (1 - p)) / m;
    }
  },
};
