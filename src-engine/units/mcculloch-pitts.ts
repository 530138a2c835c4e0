import { engineError } from '../core/engine-error';
import { gotValues } from '../data/validate';

/**
 * How inhibition acts. 'weighted': an inhibitory input is a negative weight in the sum.
 * 'absolute': any active inhibitory input forbids firing, whatever the excitation (the 1943
 * paper's rule).
 */
export type InhibitionMode = 'weighted' | 'absolute';

/** The kind of a synapse: excitatory (a) adds, inhibitory (b) subtracts or vetoes. */
export type SynapseKind = 'excitatory' | 'inhibitory';

/** One input of a McCulloch–Pitts unit. `weight` is a magnitude ≥ 0 (default 1); its sign comes from `kind`. */
export interface McCullochPittsInput {
  kind: SynapseKind;
  weight?: number;
}

/** A serialisable McCulloch–Pitts unit. */
export interface McCullochPittsSpec {
  inputs: McCullochPittsInput[];
  /** θ: the unit fires when the (excitatory) sum reaches it. */
  threshold: number;
  mode: InhibitionMode;
}

/** Whether a unit or network can be written with plain weighted threshold units, and why not. */
export interface Expressibility {
  expressible: boolean;
  reason: string;
}

/**
 * A McCulloch–Pitts unit: binary inputs, binary output (1 fires, 0 does not).
 * Weighted mode fires when Σ(+w excitatory, −w inhibitory)·x ≥ θ. Absolute mode fires when no
 * inhibitory input is active and Σ w·x over excitatory inputs ≥ θ.
 */
export class McCullochPittsUnit {
  private inputSpecs: Required<McCullochPittsInput>[];
  private theta: number;
  readonly mode: InhibitionMode;

  /** @throws EngineError (codes 'mp.*') if the spec has no inputs, a bad kind, a negative/non-finite weight, a non-finite θ or an unknown mode. */
  constructor(spec: McCullochPittsSpec) {
    if (!spec || !Array.isArray(spec.inputs) || spec.inputs.length === 0)
      throw engineError('mp.unitInputs', {});
    if (spec.mode !== 'weighted' && spec.mode !== 'absolute')
      throw engineError('mp.unitMode', { got: String(spec.mode) });
    this.mode = spec.mode;
    this.inputSpecs = spec.inputs.map((input, i) => checkInput(input, i));
    this.theta = checkThreshold(spec.threshold);
  }

  /** Number of binary inputs. */
  get inputCount(): number {
    return this.inputSpecs.length;
  }

  /** θ. */
  get threshold(): number {
    return this.theta;
  }

  /** @throws Error if θ is not finite. */
  set threshold(value: number) {
    this.theta = checkThreshold(value);
  }

  /** A copy of input i's kind and weight magnitude. @throws Error if i is out of range. */
  input(i: number): Required<McCullochPittsInput> {
    this.checkIndex(i);
    return { ...this.inputSpecs[i] };
  }

  /** Replaces input i (the lab edits weights through this). @throws Error on a bad index or input. */
  setInput(i: number, input: McCullochPittsInput): void {
    this.checkIndex(i);
    this.inputSpecs[i] = checkInput(input, i);
  }

  /** The weights with their signs: +w excitatory, −w inhibitory, [inputs]. */
  signedWeights(): number[] {
    return this.inputSpecs.map((s) => (s.kind === 'excitatory' ? s.weight : -s.weight));
  }

  /**
   * The sum compared with θ: the signed weighted sum ('weighted') or the excitatory sum
   * ('absolute', where inhibition acts as a veto instead).
   * @param x binary inputs, [inputs] @throws Error if x is not binary or has the wrong length.
   */
  netInput(x: ArrayLike<number>): number {
    this.checkBinary(x);
    let sum = 0;
    for (let i = 0; i < this.inputSpecs.length; i++) {
      const s = this.inputSpecs[i];
      if (s.kind === 'excitatory') sum += s.weight * x[i];
      else if (this.mode === 'weighted') sum -= s.weight * x[i];
    }
    return sum;
  }

  /** Whether an active inhibitory input vetoes firing (only in absolute mode). */
  isVetoed(x: ArrayLike<number>): boolean {
    this.checkBinary(x);
    if (this.mode !== 'absolute') return false;
    return this.inputSpecs.some((s, i) => s.kind === 'inhibitory' && x[i] === 1);
  }

  /** 1 if the unit fires on x, else 0. @param x binary inputs, [inputs] @throws Error as netInput. */
  fire(x: ArrayLike<number>): 0 | 1 {
    if (this.isVetoed(x)) return 0;
    return this.netInput(x) >= this.theta ? 1 : 0;
  }

  /** [fire(x)], so a unit and a network can be read the same way (e.g. by truthTable). */
  evaluate(x: ArrayLike<number>): number[] {
    return [this.fire(x)];
  }

  /** Whether this unit is a plain weighted threshold unit (w·x ≥ θ). */
  expressibility(): Expressibility {
    if (this.mode === 'weighted') return { expressible: true, reason: 'weighted threshold unit' };
    if (!this.inputSpecs.some((s) => s.kind === 'inhibitory')) {
      return {
        expressible: true,
        reason: 'absolute mode without inhibitory inputs is a weighted threshold unit',
      };
    }
    return {
      expressible: false,
      reason:
        'absolute inhibition is a veto, not a weight; toWeighted() gives an equivalent weighted unit on binary inputs',
    };
  }

  /**
   * An equivalent unit in weighted mode. For absolute inhibition each inhibitory weight becomes
   * M = max(Σ excitatory weights − θ, 0) + 1: one active inhibitory input then pulls even the
   * largest excitatory sum below θ, which is exactly the veto on binary inputs.
   */
  toWeighted(): McCullochPittsUnit {
    if (this.mode === 'weighted') return new McCullochPittsUnit(this.toSpec());
    const excitation = this.inputSpecs.reduce(
      (s, i) => (i.kind === 'excitatory' ? s + i.weight : s),
      0,
    );
    const veto = Math.max(excitation - this.theta, 0) + 1;
    return new McCullochPittsUnit({
      mode: 'weighted',
      threshold: this.theta,
      inputs: this.inputSpecs.map((s) =>
        s.kind === 'excitatory' ? { ...s } : { kind: 'inhibitory', weight: veto },
      ),
    });
  }

  /** A deep copy of the unit as plain data. */
  toSpec(): McCullochPittsSpec {
    return {
      mode: this.mode,
      threshold: this.theta,
      inputs: this.inputSpecs.map((s) => ({ ...s })),
    };
  }

  private checkIndex(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.inputSpecs.length)
      throw engineError('mp.inputIndex', { index: String(i), last: this.inputSpecs.length - 1 });
  }

  private checkBinary(x: ArrayLike<number>): void {
    checkBinaryInputs('McCullochPittsUnit', x, this.inputSpecs.length);
  }
}

/**
 * Checks that x holds exactly `n` values, each 0 or 1.
 * @throws Error naming the first bad value.
 */
export function checkBinaryInputs(model: string, x: ArrayLike<number>, n: number): void {
  if (x === undefined || x === null || x.length !== n)
    throw engineError('mp.binaryCount', { model, count: n, ...gotValues(x?.length) });
  for (let i = 0; i < n; i++) {
    if (x[i] !== 0 && x[i] !== 1)
      throw engineError('mp.binaryValue', { model, index: i, got: String(x[i]) });
  }
}

/** AND: two excitatory inputs, θ = 2. */
export function andGate(mode: InhibitionMode = 'weighted'): McCullochPittsUnit {
  return new McCullochPittsUnit({
    mode,
    threshold: 2,
    inputs: [{ kind: 'excitatory' }, { kind: 'excitatory' }],
  });
}

/** OR: two excitatory inputs, θ = 1. */
export function orGate(mode: InhibitionMode = 'weighted'): McCullochPittsUnit {
  return new McCullochPittsUnit({
    mode,
    threshold: 1,
    inputs: [{ kind: 'excitatory' }, { kind: 'excitatory' }],
  });
}

/** NOT: one inhibitory input, θ = 0 (the lecture's `b 0 b̄`): silence fires, activity does not. */
export function notGate(mode: InhibitionMode = 'weighted'): McCullochPittsUnit {
  return new McCullochPittsUnit({ mode, threshold: 0, inputs: [{ kind: 'inhibitory' }] });
}

function checkInput(input: McCullochPittsInput, i: number): Required<McCullochPittsInput> {
  if (!input || (input.kind !== 'excitatory' && input.kind !== 'inhibitory'))
    throw engineError('mp.inputKind', { index: i });
  const weight = input.weight ?? 1;
  if (!Number.isFinite(weight) || weight < 0)
    throw engineError('mp.inputWeight', { index: i, got: String(weight) });
  return { kind: input.kind, weight };
}

function checkThreshold(value: number): number {
  if (!Number.isFinite(value)) throw engineError('mp.threshold', { got: String(value) });
  return value;
}
