/** What the Train view says of the kernels a run's layers use. */
export default {
  title: 'Kernels',
  wasm: 'WebAssembly SIMD',
  javascript: 'JavaScript',
  mixed: 'WebAssembly SIMD + JavaScript',
  allWasm: 'Every layer multiplies its matrices with the WebAssembly SIMD kernels.',
  someWasm:
    'WebAssembly SIMD: layers {wasm}. JavaScript (too small to gain from WebAssembly): layers {js}.',
  float64:
    'Float64 (the verification precision) always runs in JavaScript, in double precision throughout.',
  chosen: 'JavaScript kernels, as chosen by NEURON_LAB_KERNELS=javascript.',
  unavailable:
    'WebAssembly is not available to the trainer ({reason}): every layer runs on the slower JavaScript kernels.',
  small: 'The layers are too small for the WebAssembly kernels to be faster: JavaScript is used.',
  twoThreads: '2 threads',
  twoThreadLayers:
    'Layers {layers} split each matrix product between two threads (two processor cores), with the same results as one.',
};
