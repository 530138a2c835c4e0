// The digits benchmark's result and how it is printed (apart from bench/digits-live.ts, so that
// the runner prints it without loading the app's services).

/** Issue #14: the 784-128-10 digits run in the Train view at least 5× faster than before the
 * WebAssembly kernels. */
export const TARGET_DIGITS_RATIO = 5;

export interface DigitsSide {
  samplesPerSecond: number;
  /** the kernels the trainer reported for the run's layers */
  kernels: string;
}

export interface DigitsBenchResult {
  setup: string;
  /** NEURON_LAB_KERNELS=javascript: the engine's kernels before WebAssembly */
  javascript: DigitsSide;
  /** as the app runs it (auto: WebAssembly SIMD by size) */
  auto: DigitsSide;
}

export function formatDigitsBench(r: DigitsBenchResult): string[] {
  const ratio = r.auto.samplesPerSecond / r.javascript.samplesPerSecond;
  const k = (n: number) => `${(n / 1000).toFixed(1)} k`;
  return [
    `${r.setup}, through the trainer process and watched as the Train view watches it:`,
    `  JavaScript kernels ${k(r.javascript.samplesPerSecond)} samples/s (${r.javascript.kernels}); ` +
      `as the app runs it ${k(r.auto.samplesPerSecond)} samples/s (${r.auto.kernels})`,
    `  ${ratio.toFixed(2)}×  ${ratio >= TARGET_DIGITS_RATIO ? 'PASS' : 'MISS'} ≥ ${TARGET_DIGITS_RATIO}×`,
  ];
}
