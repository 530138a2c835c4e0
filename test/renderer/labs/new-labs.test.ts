// The four labs the lecture had and the app lacked: the neuron and its history, choosing
// activations, softmax with the cross-entropy on one-hot targets, and the delta recursion.
// Numbers are worked out here by hand or by finite differences; checks fail on the one-click,
// copied and wrong answers and pass on the right one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Network } from '../../../src-engine/network/network';
import { batchLoss, freshBatch } from '../../../src-renderer/labs/backprop/batch-loss';
import {
  deltaPass,
  freshDeltaSample,
  revealOrder,
  type DeltaNetworkSetup,
} from '../../../src-renderer/labs/backprop/delta-recursion';
import { runCheck } from '../../../src-renderer/labs/checks/registry';
import { trainChoice, type ChoiceTask } from '../../../src-renderer/labs/choices/activation-choice';
import {
  firingTable,
  freshNeuron,
  type BioNeuron,
} from '../../../src-renderer/labs/history/bio-neuron';
import type { HistoryTimelineSetup } from '../../../src-main/contract/lab-document/figures-history';
import { parseLab, type Lab } from '../../../src-renderer/labs/lab-schema';

const DIR = join(__dirname, '../../../resources/labs');
const lab = (id: string): Lab => {
  const file = readdirSync(DIR).find((f) => f.endsWith(`-${id}.json`))!;
  return parseLab(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
};
const act = (id: string, activity: string) => lab(id).activities.find((a) => a.id === activity)!;

describe('the neuron and a short history', () => {
  const a = act('neuron-history', 'neuron');
  const neuron = a.figure.setup as unknown as BioNeuron;
  const check = a.task!.check;

  it('fires where 2a + b − 2c ≥ 2, worked out by hand', () => {
    const byHand: boolean[] = [];
    for (const x of [0, 1])
      for (const y of [0, 1]) for (const z of [0, 1]) byHand.push(2 * x + y - 2 * z >= 2);
    expect(firingTable(neuron)).toEqual(byHand);
    expect(byHand.filter(Boolean)).toHaveLength(2); // (1, 0, 0) and (1, 1, 0)
  });

  it('the prediction passes only if right; shown without one, or with c read as excitatory, it fails', () => {
    const answer = (prediction: boolean[] | null) => ({ neuron, prediction });
    expect(runCheck(check, answer(firingTable(neuron))).passed).toBe(true);
    expect(runCheck(check, answer(null)).message).toMatch(/Tick the patterns/);
    expect(runCheck(check, answer(firingTable(neuron).map(() => false))).message).toMatch(
      /^2 of 8/,
    );
    const allExcitatory = firingTable({
      ...neuron,
      synapses: neuron.synapses.map((s) => ({ ...s, kind: 'excitatory' as const })),
    });
    expect(runCheck(check, answer(allExcitatory)).passed).toBe(false);
  });

  it('new neurons have both kinds of synapse and fire on some patterns, not all', () => {
    for (let k = 1; k <= 12; k++) {
      const n = freshNeuron(neuron, k);
      expect(new Set(n.synapses.map((s) => s.kind)).size).toBe(2);
      const on = firingTable(n).filter(Boolean).length;
      expect(on).toBeGreaterThan(0);
      expect(on).toBeLessThan(8);
    }
  });

  it('the timeline has the dates right, and the matching check wants the work that answered', () => {
    const h = act('neuron-history', 'history');
    const setup = h.figure.setup as unknown as HistoryTimelineSetup;
    const year = (id: string): number => setup.events.find((e) => e.id === id)!.year;
    expect(year('mcculloch-pitts')).toBe(1943);
    expect(year('rosenblatt')).toBe(1958);
    expect(year('widrow-hoff')).toBe(1960);
    expect(year('minsky-papert')).toBe(1969);
    expect(year('werbos')).toBe(1974);
    expect(year('rumelhart-hinton-williams')).toBe(1986);
    expect((lab('neuron-history').errata ?? []).join()).toMatch(/1974.*1986/s);
    const c = h.task!.check;
    const right = {
      'hand-set': 'rosenblatt',
      'coarse-error': 'widrow-hoff',
      xor: 'rumelhart-hinton-williams',
      'too-slow': 'gpus',
    };
    expect(runCheck(c, { choices: right }).passed).toBe(true);
    expect(runCheck(c, { choices: {} }).message).toMatch(/Choose an event/);
    // matching by the nearest date (the problem's own year) instead of what answered it
    expect(runCheck(c, { choices: { ...right, xor: 'minsky-papert' } }).message).toMatch(
      /^1 of 4 matches/,
    );
  });
});

describe('choosing activations', () => {
  const a = act('choosing-activations', 'three-tasks');
  const tasks = (a.figure.setup as unknown as { tasks: ChoiceTask[] }).tasks;
  const check = a.task!.check;
  const answer = (choices: Record<string, { output: string; hidden: string }>) => ({
    tasks,
    choices,
  });
  const right = {
    amount: { output: 'linear', hidden: 'tanh' },
    inside: { output: 'sigmoid', hidden: 'relu' },
    which: { output: 'softmax', hidden: 'tanh' },
  };

  it('passes the right outputs with bending hidden units; the default and wrong outputs fail', () => {
    expect(runCheck(check, answer(right)).passed).toBe(true);
    const linear = { output: 'linear', hidden: 'linear' };
    // the default, one click: linear everywhere
    expect(
      runCheck(check, answer({ amount: linear, inside: linear, which: linear })).message,
    ).toMatch(/How much.*linear hidden units.*one linear map/s);
    expect(
      runCheck(check, answer({ ...right, amount: { output: 'sigmoid', hidden: 'tanh' } })).message,
    ).toMatch(/a sigmoid output gives one number between 0 and 1.*any real number, down to −1/);
    expect(
      runCheck(check, answer({ ...right, which: { output: 'sigmoid', hidden: 'tanh' } })).passed,
    ).toBe(false);
    expect(
      runCheck(check, answer({ ...right, inside: { output: 'sigmoid', hidden: 'linear' } })).passed,
    ).toBe(false);
  });

  it('the networks really differ: sine needs bending hidden units, a ReLU output cannot go below 0', () => {
    const [amount, inside] = tasks;
    expect(trainChoice(amount, 'linear', 'linear').reached).toBe(false);
    expect(trainChoice(amount, 'linear', 'tanh').reached).toBe(true);
    expect(trainChoice(amount, 'relu', 'tanh').reached).toBe(false);
    expect(trainChoice(inside, 'softmax', 'tanh').refused).toMatchObject({
      code: 'spec.softmaxUnits',
      values: { layer: 2 },
      message: expect.stringMatching(/softmax needs at least 2 units/),
    });
  });
});

describe('softmax and cross-entropy on one-hot targets', () => {
  const loss = act('softmax-cross-entropy', 'batch-loss');
  const grad = act('softmax-cross-entropy', 'output-gradient');
  const batch = loss.figure.setup as unknown as { scores: number[][]; labels: number[] };

  it('J is the mean over the batch of −ln ŷ of each class, by hand', () => {
    const K = batch.scores.length;
    const byHand =
      batch.scores.reduce((s, z, k) => {
        const e = z.map(Math.exp);
        return s - Math.log(e[batch.labels[k] - 1] / e.reduce((a, b) => a + b, 0));
      }, 0) / K;
    expect(batchLoss(batch).J).toBeCloseTo(byHand, 12);
    // the gradient (ŷ − y)/K equals a finite difference of J in that score
    const h = 1e-6;
    const at = (dz: number) => {
      const scores = batch.scores.map((z) => [...z]);
      scores[2][0] += dz;
      return batchLoss({ scores, labels: batch.labels }).J;
    };
    expect(batchLoss(batch).gradient[2][0]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 8);
  });

  it('the loss task: right passes; the sum over the batch, log10 and nothing fail, named', () => {
    const J = batchLoss(batch).J;
    const ans = (predicted: number | null) => ({ batch, ask: { kind: 'loss' }, predicted });
    expect(runCheck(loss.task!.check, ans(Math.round(J * 1000) / 1000)).passed).toBe(true);
    expect(runCheck(loss.task!.check, ans(J * 4)).message).toMatch(
      /is the sum over the batch; J averages it/,
    );
    expect(runCheck(loss.task!.check, ans(J / Math.LN10)).message).toMatch(/base-10 logarithm/);
    expect(runCheck(loss.task!.check, ans(null)).message).toMatch(/before it was shown/);
  });

  it('the gradient task: (ŷ − y)/K passes; ŷ copied from the table, ŷ − y and the wrong sign fail', () => {
    const b = batchLoss(batch);
    const g = b.gradient[2][0];
    const ans = (predicted: number) => ({
      batch,
      ask: { kind: 'gradient', example: 3, class: 1 },
      predicted,
    });
    expect(runCheck(grad.task!.check, ans(g)).passed).toBe(true);
    expect(runCheck(grad.task!.check, ans(b.outputs[2][0])).message).toMatch(
      /That is the output ŷ itself/,
    );
    expect(runCheck(grad.task!.check, ans(g * 4)).message).toMatch(/divide by K/);
    expect(runCheck(grad.task!.check, ans(-g)).message).toMatch(/the sign not/);
    // a new batch is judged on its own numbers
    const fresh = freshBatch(batch, 1);
    expect(
      runCheck(grad.task!.check, {
        batch: fresh,
        ask: { kind: 'gradient', example: 3, class: 1 },
        predicted: batchLoss(fresh).gradient[2][0],
      }).passed,
    ).toBe(true);
  });

  it('the softmax-of-two task wants z1 = z2 + 1 (σ(1) ≈ 0.73); the copied 0.73 fails', () => {
    const c = act('softmax-cross-entropy', 'softmax-sigmoid').task!.check;
    expect(runCheck(c, { scores: [4, 3] }).passed).toBe(true);
    expect(runCheck(c, { scores: [0.73, 3] }).passed).toBe(false);
    expect(runCheck(c, { scores: [1, 3] }).passed).toBe(false); // the default
  });
});

describe('the delta recursion', () => {
  const a = act('delta-recursion', 'step-through');
  const setup = a.figure.setup as unknown as DeltaNetworkSetup;
  const check = a.task!.check;

  /** ℓ = ½(ŷ − y)² of the network, for finite differences. */
  function loss(s: DeltaNetworkSetup): number {
    return deltaPass(s).loss;
  }

  it('every weight gradient a·δ equals a central finite difference', () => {
    const p = deltaPass(setup);
    const h = 1e-6;
    setup.W.forEach((m, l) =>
      m.forEach((row, i) =>
        row.forEach((_, j) => {
          const up = structuredClone(setup);
          const down = structuredClone(setup);
          up.W[l][i][j] += h;
          down.W[l][i][j] -= h;
          expect(p.gradW[l][i][j]).toBeCloseTo((loss(up) - loss(down)) / (2 * h), 8);
        }),
      ),
    );
  });

  it("agrees with the engine: the same network's backward pass gives the same gradients", () => {
    const net = new Network(
      {
        inputs: 2,
        layers: [
          { units: 2, activation: 'sigmoid' },
          { units: 2, activation: 'sigmoid' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { dtype: 'float64' },
    );
    // engine weights: W[l][j][i], rows per unit of the layer
    net.setWeights({
      W: setup.W.map((m) => m[0].map((_, j) => m.map((row) => row[j]))),
      b: setup.b.map((row) => [...row]),
    });
    const y = net.forward(Float64Array.from(setup.x), 1);
    const p = deltaPass(setup);
    expect(y[0]).toBeCloseTo(p.a[3][0], 12);
    // ∂ℓ/∂ŷ = ŷ − y for ℓ = ½(ŷ − y)²
    net.backward(Float64Array.from([y[0] - setup.y]), 1);
    const params = net.params();
    const W1 = params[0];
    expect(W1.grad[0]).toBeCloseTo(p.gradW[0][0][0], 12);
    expect(W1.grad[1]).toBeCloseTo(p.gradW[0][1][0], 12);
  });

  it('the task: both first-layer deltas predicted pass; shown first, copied δ², or without σ′ fail', () => {
    const p = deltaPass(setup);
    const right = { '1-1': p.delta[1][0], '1-2': p.delta[1][1] };
    const ans = (predicted: Record<string, number>, unpredicted: string[] = []) => ({
      sample: setup,
      attempt: 0,
      predictions: { predicted, unpredicted },
    });
    expect(revealOrder()).toEqual(['3-1', '2-1', '2-2', '1-1', '1-2']);
    expect(runCheck(check, ans(right)).passed).toBe(true);
    expect(runCheck(check, ans({}, ['1-1', '1-2'])).message).toMatch(/shown before you predicted/);
    expect(runCheck(check, ans({ ...right, '1-1': p.delta[2][0] })).passed).toBe(false);
    const noSigma = setup.W[1][0].reduce((s, w, c) => s + w * p.delta[2][c], 0);
    expect(runCheck(check, ans({ ...right, '1-1': noSigma })).message).toMatch(
      /without the factor σ′/,
    );
    const fresh = freshDeltaSample(setup, 2);
    const q = deltaPass(fresh);
    expect(
      runCheck(check, {
        sample: fresh,
        attempt: 2,
        predictions: { predicted: { '1-1': q.delta[1][0], '1-2': q.delta[1][1] }, unpredicted: [] },
      }).passed,
    ).toBe(true);
  });
});
