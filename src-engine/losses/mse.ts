import type { Loss } from './loss';

/** The lecture's mean squared error J = 1/(2m) Σᵢ Σ_c (yᵢc − tᵢc)², so ∂J/∂y = (y − t)/m. */
export const mse: Loss = {
  name: 'mse',
  value(y, t, m, cols) {
    let sum = 0;
    const n = m * cols;
    for (let i = 0; i < n; i++) {
      const d = y[i] - t[i];
      sum += d * d;
    }
    return sum / (2 * m);
  },
  gradient(y, t, dy, m, cols) {
    const n = m * cols;
    const scale = 1 / m;
    for (let i = 0; i < n; i++) dy[i] = (y[i] - t[i]) * scale;
  },
};
