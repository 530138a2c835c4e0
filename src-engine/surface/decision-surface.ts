import type { FloatArray } from '../core/float-array';
import type { Network } from '../network/network';
import type { Box } from './grid';
import { gridPoints } from './grid';

/** A network's outputs over a grid of the plane, and each hidden unit's. */
export interface Surface {
  n: number;
  box: Box;
  /** outputs at each grid point: [n², outputs], row 0 at the top */
  output: Float32Array;
  outputs: number;
  /** for each hidden layer, each unit's activation: hidden[l][unit] is [n²] */
  hidden?: Float32Array[][];
}

/**
 * Evaluates a network with two inputs (after any feature mapping) over an n × n grid.
 * `features` maps the grid's (x, y) points to the network's inputs when it was trained on
 * derived features (x², sin x, …); without it the network must have 2 inputs.
 * @throws if the network's inputs do not match
 */
export class DecisionSurface {
  private points: FloatArray | null = null;
  private key = '';

  constructor(private readonly network: Network) {}

  /** @param withHidden also collect every hidden unit's map (for per-neuron pictures) */
  evaluate(
    box: Box,
    n: number,
    options: {
      withHidden?: boolean;
      features?: (points: FloatArray, count: number) => FloatArray;
    } = {},
  ): Surface {
    const network = this.network;
    const key = `${box.xMin},${box.xMax},${box.yMin},${box.yMax},${n}`;
    if (key !== this.key || !this.points) {
      this.points = gridPoints(box, n, network.dtype);
      this.key = key;
    }
    const count = n * n;
    const x = options.features ? options.features(this.points, count) : this.points;
    if (x.length !== count * network.inputs) {
      throw new Error(
        `the network has ${network.inputs} inputs; a surface needs 2 or a feature map`,
      );
    }
    const last = network.layers.length - 1;
    const output = new Float32Array(count * network.outputs);
    const hidden = options.withHidden
      ? network.layers
          .slice(0, last)
          .map((l) => Array.from({ length: l.outputs }, () => new Float32Array(count)))
      : undefined;
    const chunk = 2500;
    for (let start = 0; start < count; start += chunk) {
      const rows = Math.min(chunk, count - start);
      const y = network.forward(
        x.subarray(start * network.inputs, (start + rows) * network.inputs),
        rows,
      );
      output.set(y.subarray(0, rows * network.outputs), start * network.outputs);
      if (hidden) copyHidden(network, hidden, start, rows);
    }
    return { n, box, output, outputs: network.outputs, hidden };
  }
}

function copyHidden(network: Network, hidden: Float32Array[][], start: number, rows: number): void {
  hidden.forEach((maps, l) => {
    const a = network.layers[l].output;
    const units = maps.length;
    for (let u = 0; u < units; u++) {
      const map = maps[u];
      for (let r = 0; r < rows; r++) map[start + r] = a[r * units + u];
    }
  });
}
