/**
 * The names of a network's inputs as the Train view labels them: the dataset's input columns
 * (a categorical column one name per category, as the run encodes it), or for 2-D data the
 * features computed from the two ("x1", "x1²", "sin(x2)").
 */
import {
  featureList,
  featureName,
  hasDerived,
  type DerivedFeature,
} from '../../src-engine/data/derived-features';
import type { DatasetSummary } from '../../src-main/contract/types';

/** @returns one name per network input, `inputs` of them (x1, x2, … where unknown) */
export function inputNames(
  summary: Pick<DatasetSummary, 'columns'> | null,
  inputs: number,
  derived: readonly DerivedFeature[] | undefined,
): string[] {
  const encoded = (summary?.columns ?? [])
    .filter((c) => c.role === 'input')
    .flatMap((c) =>
      c.type === 'categorical' && c.categories
        ? c.categories.map((k) => `${c.name}=${k}`)
        : [c.name],
    );
  if (hasDerived(derived)) {
    const [a, b] = encoded.length === 2 ? encoded : ['x1', 'x2'];
    return featureList(derived!).map((f) => featureName(f, a, b));
  }
  return encoded.length === inputs
    ? encoded
    : Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
}
