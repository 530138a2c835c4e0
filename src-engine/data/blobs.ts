import { Rng } from '../random/rng';
import { oneHotDataset, XY_FEATURES } from './build-dataset';
import type { Dataset } from './dataset';
import { resolveOptions, type GeneratorOptions } from './generator-options';
import { checkInteger } from './validate';

/** Options of makeBlobs: the common ones plus the number of classes. */
export interface BlobsOptions extends GeneratorOptions {
  /** number of classes k, 2..MAX_BLOB_CLASSES (default 3) */
  classes?: number;
}

/** Most classes makeBlobs draws; more would crowd the ring of centres. */
export const MAX_BLOB_CLASSES = 10;
/** Distance of every blob centre from the origin. */
export const BLOB_RING_RADIUS = 4;

/** Centre of blob c of k: evenly spaced on a ring, the first one straight up. */
export function blobCentre(c: number, k: number): [number, number] {
  const angle = (2 * Math.PI * c) / k;
  return [BLOB_RING_RADIUS * Math.sin(angle), BLOB_RING_RADIUS * Math.cos(angle)];
}

/**
 * Gaussian blobs for k classes, for multi-class (softmax) demos. The centres are fixed
 * (blobCentre) rather than random, so the difficulty depends only on k and noise. Noise
 * (fraction in [0, 1], default 0.1) sets the standard deviation of each coordinate to
 * 0.4 + 3.6 * noise; at noise 0 the nearest centre is the true class for almost every point.
 *
 * Rows cycle through the classes (balanced ±1). Targets are one-hot even for k = 2.
 * @returns x [count, 2], y [count, k] one-hot, labels [count], classNames 'class 0'..
 * @throws Error when count, classes, noise, seed or dtype is invalid
 */
export function makeBlobs(options: BlobsOptions = {}): Dataset {
  const { count, noise, seed, dtype } = resolveOptions('makeBlobs', options, {
    count: 300,
    noise: 0.1,
  });
  const k = checkInteger('makeBlobs', 'classes', options.classes ?? 3, 2, MAX_BLOB_CLASSES);
  const rng = new Rng(seed);
  const std = 0.4 + 3.6 * noise;
  const x = new Float64Array(count * 2);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % k;
    const [cx, cy] = blobCentre(label, k);
    x[2 * i] = rng.normal(cx, std);
    x[2 * i + 1] = rng.normal(cy, std);
    labels[i] = label;
  }
  const classNames = Array.from({ length: k }, (_, c) => `class ${c}`);
  return oneHotDataset(x, labels, 2, XY_FEATURES, classNames, dtype);
}
