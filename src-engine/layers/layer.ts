import type { FloatArray } from '../core/float-array';
import type { LayerSpec } from '../network/spec';

/** A trainable array and the gradient of the loss with respect to it, same shape. */
export interface Param {
  /** e.g. "layer 1 W" */
  readonly name: string;
  readonly value: FloatArray;
  readonly grad: FloatArray;
}

/**
 * The contract every layer keeps. Buffers are owned by the layer and reused between calls:
 * the arrays returned are valid until the next call and hold `batch` rows at their start
 * (they may be longer).
 */
export interface Layer {
  readonly inputs: number;
  readonly outputs: number;
  /** a = layer(x); x: [batch, inputs] → a: [batch, outputs]. Keeps x for `backward`. */
  forward(x: FloatArray, batch: number): FloatArray;
  /**
   * Given ∂J/∂a: [batch, outputs], sets every param's grad and returns ∂J/∂x:
   * [batch, inputs], or null when `needInputGrad` is false (the first layer).
   */
  backward(dOut: FloatArray, batch: number, needInputGrad: boolean): FloatArray | null;
  params(): Param[];
  toSpec(): LayerSpec;
}
