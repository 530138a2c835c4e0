/** Element type of every numeric buffer in the engine. float32 is the default for speed,
 * float64 is used to verify numbers against references. */
export type DType = 'float32' | 'float64';

/** A typed array of the engine's element type. Matrices are row-major: element (r, c) of an
 * [rows, cols] matrix sits at r * cols + c. */
export type FloatArray = Float32Array | Float64Array;

/** Allocates a zero-filled array of the given element type. */
export function allocate(dtype: DType, length: number): FloatArray {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

/** Copies `values` into a new array of the given element type (a typed array is copied
 * whole at once, not element by element through an iterator). */
export function toFloatArray(dtype: DType, values: ArrayLike<number>): FloatArray {
  return dtype === 'float64' ? new Float64Array(values) : new Float32Array(values);
}

/** The element type of an existing array. */
export function dtypeOf(array: FloatArray): DType {
  return array instanceof Float64Array ? 'float64' : 'float32';
}
