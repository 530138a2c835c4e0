/** Lo que la vista Entrenar dice de los núcleos de cálculo que usan las capas de una ejecución. */
export default {
  title: 'Núcleos',
  wasm: 'WebAssembly SIMD',
  javascript: 'JavaScript',
  mixed: 'WebAssembly SIMD + JavaScript',
  allWasm: 'Todas las capas multiplican sus matrices con los núcleos WebAssembly SIMD.',
  someWasm:
    'WebAssembly SIMD: capas {wasm}. JavaScript (demasiado pequeñas para ganar con WebAssembly): capas {js}.',
  float64:
    'Float64 (la precisión de verificación) se calcula siempre en JavaScript, en doble precisión de principio a fin.',
  chosen: 'Núcleos JavaScript, elegidos con NEURON_LAB_KERNELS=javascript.',
  unavailable:
    'WebAssembly no está disponible para el entrenador ({reason}): todas las capas usan los núcleos JavaScript, más lentos.',
  small:
    'Las capas son demasiado pequeñas para que los núcleos WebAssembly sean más rápidos: se usa JavaScript.',
  twoThreads: '2 hilos',
  twoThreadLayers:
    'Las capas {layers} reparten cada producto de matrices entre dos hilos (dos núcleos del procesador), con los mismos resultados que con uno.',
};
