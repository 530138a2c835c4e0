/**
 * Choosing activations for a task (the lecture's "Choosing activation functions"): a small
 * network with the student's hidden and output activations is trained in the renderer on the
 * task's data, and judged by what the task needs. The output activation must produce what the
 * targets are (any real number, a probability, a distribution over classes); the hidden one must
 * bend, or the whole network is one linear map.
 */
import type { EngineProblem } from '../../../src-engine/core/engine-error';
import type { Dataset } from '../../../src-engine/data/dataset';
import { generate } from '../../../src-engine/data/generators';
import type { LossName } from '../../../src-engine/losses/loss';
import { Network } from '../../../src-engine/network/network';
import { specProblems, type NetworkSpec } from '../../../src-engine/network/spec';
import { fit } from '../../../src-engine/train/fit';
import { lossForOutput } from '../../../src-engine/train/default-training';
import type { ChoiceTask } from '../../../src-main/contract/lab-document/figures-choices';

export type { ChoiceTask };

export const OUTPUT_CHOICES = ['linear', 'relu', 'sigmoid', 'softmax'] as const;
export const HIDDEN_CHOICES = ['linear', 'relu', 'sigmoid', 'tanh'] as const;
export type OutputChoice = (typeof OUTPUT_CHOICES)[number];
export type HiddenChoice = (typeof HIDDEN_CHOICES)[number];

/** The loss an output activation is trained with (the engine's one rule). */
export const lossFor = (output: OutputChoice): LossName => lossForOutput('classification', output);

/** What a training of one choice gave. */
export interface ChoiceResult {
  /** MSE for regression, accuracy (0…1) for classification; NaN when it could not train */
  metric: number;
  reached: boolean;
  /** why it could not train (the engine's own problem, said by i18n/engine-text.ts), or null */
  refused: EngineProblem | null;
}

const cache = new Map<string, Dataset>();
function dataOf(task: ChoiceTask): Dataset {
  const key = JSON.stringify(task.dataset);
  let d = cache.get(key);
  if (!d) {
    d = generate(task.dataset.name, task.dataset.params, 'float64');
    cache.set(key, d);
  }
  return d;
}

/** The network of a choice: inputs, one hidden layer, outputs as the data has them. */
export function choiceSpec(
  task: ChoiceTask,
  output: OutputChoice,
  hidden: HiddenChoice,
): NetworkSpec {
  const d = dataOf(task);
  return {
    inputs: d.inputs,
    layers: [
      { units: task.hidden, activation: hidden },
      { units: d.outputs, activation: output },
    ],
    init: { kind: 'xavier' },
  };
}

/**
 * Trains the choice (Adam, full batch, 300 epochs, seed 1) and measures it on the task's data.
 * Deterministic, so the check can repeat it.
 */
export function trainChoice(
  task: ChoiceTask,
  output: OutputChoice,
  hidden: HiddenChoice,
): ChoiceResult {
  const trained = trainedNetwork(task, output, hidden);
  if ('refused' in trained) return { metric: NaN, reached: false, refused: trained.refused };
  const { net, d } = trained;
  const y = net.predict(d.x, d.m);
  const k = d.outputs;
  let metric: number;
  if (task.kind === 'regression') {
    let s = 0;
    for (let i = 0; i < d.m; i++) s += (y[i] - d.y[i]) ** 2;
    metric = s / d.m;
  } else {
    let right = 0;
    for (let i = 0; i < d.m; i++) {
      if (k === 1) right += Number((y[i] >= 0.5 ? 1 : 0) === d.y[i]);
      else {
        let best = 0;
        for (let c = 1; c < k; c++) if (y[i * k + c] > y[i * k + best]) best = c;
        right += Number(d.y[i * k + best] === 1);
      }
    }
    metric = right / d.m;
  }
  const reached = task.kind === 'regression' ? metric < task.goal : metric >= task.goal;
  return { metric, reached, refused: null };
}

/** The task's network with these activations, trained the same way every time (full batch,
 * Adam, fixed seeds), or why the activations cannot make a network. */
function trainedNetwork(
  task: ChoiceTask,
  output: OutputChoice,
  hidden: HiddenChoice,
): { net: Network; d: Dataset } | { refused: EngineProblem } {
  const spec = choiceSpec(task, output, hidden);
  const problems = specProblems(spec);
  if (problems.length > 0) return { refused: problems[0] };
  const d = dataOf(task);
  const net = new Network(spec, { dtype: 'float64', seed: 1 });
  fit(net, d, {
    loss: lossFor(output),
    optimizer: { name: 'adam' },
    learningRate: 0.03,
    batchSize: d.m,
    epochs: 300,
    shuffle: false,
    seed: 1,
  });
  return { net, d };
}

/** The network's predictions over a 1-D range (for drawing a regression fit). */
export function predictCurve(
  task: ChoiceTask,
  output: OutputChoice,
  hidden: HiddenChoice,
  xs: readonly number[],
): number[] | null {
  const trained = trainedNetwork(task, output, hidden);
  if ('refused' in trained) return null;
  return Array.from(trained.net.predict(Float64Array.from(xs), xs.length));
}

/** The points of a 1-D regression task, [x, y]. */
export function taskPoints(task: ChoiceTask): [number, number][] {
  const d = dataOf(task);
  return Array.from({ length: d.m }, (_, i): [number, number] => [d.x[i], d.y[i]]);
}
