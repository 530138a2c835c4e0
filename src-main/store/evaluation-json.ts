import type { ExperimentEvaluation } from '../contract/types';

/** An evaluation without its experiment id (the row it is stored in says whose it is). */
export type StoredEvaluation = Omit<ExperimentEvaluation, 'experimentId'>;

/**
 * An evaluation as JSON text. Its Float32Arrays (regression samples, mistakes' inputs) are
 * written as plain lists: a float32 read back from its shortest decimal form is the same
 * float32, so the round trip is exact. NaN (a part whose loss diverged) is written as null.
 */
export function evaluationToJson(evaluation: StoredEvaluation): string {
  return JSON.stringify(evaluation, (_key, value: unknown) =>
    value instanceof Float32Array ? Array.from(value) : value,
  );
}

/** The evaluation of evaluationToJson's text, typed arrays restored. */
export function evaluationFromJson(text: string): StoredEvaluation {
  const data = JSON.parse(text) as StoredEvaluation;
  for (const part of data.parts) {
    // JSON has no NaN: a diverged run's loss comes back as null
    part.loss ??= NaN;
    if (part.sample) {
      part.sample.actual = Float32Array.from(part.sample.actual as unknown as number[]);
      part.sample.predicted = Float32Array.from(part.sample.predicted as unknown as number[]);
    }
  }
  for (const m of data.misclassified) m.x = Float32Array.from(m.x as unknown as number[]);
  return data;
}
