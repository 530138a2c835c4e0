/**
 * The lecture's biological neuron in its simplest form: synapses on the dendrites pass each
 * incoming spike on with a strength, excitatory (adds) or inhibitory (subtracts); the cell body
 * adds up what arrives and, when the sum reaches its threshold, sends a pulse down the axon.
 */
import { Rng } from '../../../src-engine/random/rng';
import { binaryRows } from '../binary-rows';
import type { BioNeuronSetup } from '../../../src-main/contract/lab-document/figures-history';

export type { Synapse } from '../../../src-main/contract/lab-document/figures-history';
export type BioNeuron = BioNeuronSetup;

/** The signed sum arriving at the cell body for 0/1 spikes on each dendrite. */
export function somaSum(n: BioNeuron, spikes: readonly number[]): number {
  return n.synapses.reduce(
    (s, syn, i) => s + (syn.kind === 'excitatory' ? 1 : -1) * syn.weight * spikes[i],
    0,
  );
}

/** Whether the neuron fires: the sum reaches the threshold. */
export const fires = (n: BioNeuron, spikes: readonly number[]): boolean =>
  somaSum(n, spikes) >= n.threshold;

/** Whether it fires on every input pattern, in binaryRows order. */
export function firingTable(n: BioNeuron): boolean[] {
  return binaryRows(n.synapses.length).map((x) => fires(n, x));
}

/**
 * Another neuron with the same dendrites for attempt k ≥ 1: strengths 1 to 3, at least one
 * synapse of each kind, and a threshold that makes it fire on some patterns but not all.
 */
export function freshNeuron(base: BioNeuron, k: number): BioNeuron {
  const rng = new Rng(104_729 * k + 3);
  for (;;) {
    const synapses = base.synapses.map((s) => ({
      name: s.name,
      kind: rng.next() < 0.3 ? ('inhibitory' as const) : ('excitatory' as const),
      weight: 1 + rng.int(3),
    }));
    const n = { synapses, threshold: 1 + rng.int(3) };
    const kinds = new Set(synapses.map((s) => s.kind));
    const table = firingTable(n);
    const on = table.filter(Boolean).length;
    if (kinds.size === 2 && on > 0 && on < table.length) return n;
  }
}
