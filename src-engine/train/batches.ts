import type { FloatArray } from '../core/float-array';
import { allocate } from '../core/float-array';
import { Rng } from '../random/rng';
import type { TrainingData } from './config';

/** One batch: x: [size, inputs], y: [size, outputs]. */
export interface Batch {
  x: FloatArray;
  y: FloatArray;
  size: number;
}

/**
 * Cuts a dataset into batches of K rows, epoch after epoch: in the data's own order (each
 * batch then is a view, made once) or reshuffled every epoch by a seeded generator (each
 * batch then is gathered into reused buffers). The last batch of an epoch may be smaller.
 */
export class BatchSource {
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  private readonly rng: Rng;
  private readonly order: Int32Array;
  private readonly views: Batch[] | null;
  private readonly gathered: Batch;

  constructor(
    private readonly data: TrainingData,
    private readonly inputs: number,
    private readonly outputs: number,
    batchSize: number,
    private readonly shuffle: boolean,
    seed: number,
  ) {
    this.batchSize = Math.min(batchSize, data.m);
    this.batchesPerEpoch = Math.ceil(data.m / this.batchSize);
    this.rng = new Rng(seed);
    this.order = new Int32Array(data.m).map((_, i) => i);
    this.views = shuffle ? null : this.sliceViews();
    const dtype = data.x instanceof Float64Array ? 'float64' : 'float32';
    this.gathered = {
      x: allocate(dtype, this.batchSize * inputs),
      y: allocate(dtype, this.batchSize * outputs),
      size: 0,
    };
  }

  /** Called at the start of each epoch: draws the epoch's order when shuffling. */
  beginEpoch(): void {
    if (this.shuffle) this.rng.shuffle(this.order);
  }

  /** Batch `index` (from 0) of the current epoch. */
  batch(index: number): Batch {
    if (this.views) return this.views[index];
    const start = index * this.batchSize;
    const size = Math.min(this.batchSize, this.data.m - start);
    gatherRows(this.data.x, this.gathered.x, this.order, start, size, this.inputs);
    gatherRows(this.data.y, this.gathered.y, this.order, start, size, this.outputs);
    this.gathered.size = size;
    return this.gathered;
  }

  getState(): { rng: [number, number, number, number]; order: number[] } {
    return { rng: this.rng.getState(), order: Array.from(this.order) };
  }

  /** @throws if the saved order is for another number of rows */
  setState(state: { rng: [number, number, number, number]; order: number[] }): void {
    if (state.order.length !== this.order.length)
      throw new Error('checkpoint does not belong to this network and data');
    this.rng.setState(state.rng);
    this.order.set(state.order);
  }

  private sliceViews(): Batch[] {
    const { inputs, outputs, data } = this;
    const batches: Batch[] = [];
    for (let start = 0; start < data.m; start += this.batchSize) {
      const end = Math.min(start + this.batchSize, data.m);
      batches.push({
        x: data.x.subarray(start * inputs, end * inputs),
        y: data.y.subarray(start * outputs, end * outputs),
        size: end - start,
      });
    }
    return batches;
  }
}

/** into[r] = src[order[start + r]] for r < size; rows of `cols` numbers. */
function gatherRows(
  src: FloatArray,
  into: FloatArray,
  order: Int32Array,
  start: number,
  size: number,
  cols: number,
): void {
  for (let r = 0; r < size; r++) {
    const row = order[start + r];
    into.set(src.subarray(row * cols, (row + 1) * cols), r * cols);
  }
}
