// Entry of the engine's WebAssembly kernels (AssemblyScript). scripts/build-wasm.mjs compiles
// it into src-engine/kernels/wasm-module.generated.ts. No runtime and no allocator: the
// engine's JavaScript side owns this memory, copies operands in above heapBase() and results out.
export { gemmABt } from './gemm-dot';
export { gemmAB, gemmAtB, gemmBroadcast } from './gemm-broadcast';
export { addRowVector, nonFiniteSum, reluMask, reluRows, sumRows } from './rows';
export { transpose } from './transpose';
export { adamStep } from './adam';
export { sgdStep } from './sgd';

/** First free byte after the module's own static data, where the JavaScript side may write. */
export function heapBase(): usize {
  return __heap_base;
}
