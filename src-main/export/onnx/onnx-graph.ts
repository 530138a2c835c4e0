import onnxProto from 'onnx-proto';
import type { onnx as Onnx } from 'onnx-proto';

const { onnx } = onnxProto;

/** ONNX element types used here (TensorProto.DataType). */
export const FLOAT = 1;
export const INT64 = 7;

/**
 * A growing ONNX graph: nodes in topological order and constant tensors (initializers), with
 * fresh names for intermediate values. Tensors are stored as little-endian raw bytes, which
 * is both what ONNX expects and fast for large weight matrices.
 */
export class OnnxGraph {
  readonly nodes: Onnx.INodeProto[] = [];
  readonly initializers: Onnx.ITensorProto[] = [];
  private counter = 0;

  /** A new value name with a readable prefix. */
  fresh(prefix: string): string {
    return `${prefix}_${this.counter++}`;
  }

  /** A float32 constant of the given shape; returns its name. */
  floats(prefix: string, values: ArrayLike<number>, dims: number[]): string {
    const name = this.fresh(prefix);
    const data = Float32Array.from(values as ArrayLike<number>);
    this.initializers.push({
      name,
      dims,
      dataType: FLOAT,
      rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    });
    return name;
  }

  /** A float32 scalar constant. */
  scalar(prefix: string, value: number): string {
    return this.floats(prefix, [value], []);
  }

  /** An int64 constant (shapes, axes, slice bounds). */
  ints(prefix: string, values: readonly number[]): string {
    const name = this.fresh(prefix);
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push({
      name,
      dims: [values.length],
      dataType: INT64,
      rawData: new Uint8Array(data.buffer),
    });
    return name;
  }

  /** Adds a node and returns the name of its (single) output. */
  node(
    opType: string,
    inputs: string[],
    attributes: Onnx.IAttributeProto[] = [],
    output = this.fresh(opType.toLowerCase()),
  ): string {
    this.nodes.push({
      opType,
      input: inputs,
      output: [output],
      name: output,
      attribute: attributes,
    });
    return output;
  }
}

/** An attribute holding one float. */
export const floatAttribute = (name: string, f: number): Onnx.IAttributeProto => ({
  name,
  type: onnx.AttributeProto.AttributeType.FLOAT,
  f,
});

/** An attribute holding one integer. */
export const intAttribute = (name: string, i: number): Onnx.IAttributeProto => ({
  name,
  type: onnx.AttributeProto.AttributeType.INT,
  i,
});

/** A float tensor input or output of shape [batch, width], the batch size left open. */
export function floatMatrixInfo(name: string, width: number, doc: string): Onnx.IValueInfoProto {
  return {
    name,
    docString: doc,
    type: {
      tensorType: {
        elemType: FLOAT,
        shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] },
      },
    },
  };
}

/** Serialises a model, as a plain Uint8Array (protobufjs gives a Node Buffer, which JSON
 * and the WebSocket codec would not treat as bytes). */
export function encodeModel(model: Onnx.IModelProto): Uint8Array {
  const bytes = onnx.ModelProto.encode(model).finish();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export { onnx };
