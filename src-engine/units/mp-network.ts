import { engineError } from '../core/engine-error';
import {
  checkBinaryInputs,
  Expressibility,
  InhibitionMode,
  McCullochPittsSpec,
  McCullochPittsUnit,
} from './mcculloch-pitts';

/** One unit of a network: `sources[i]` names what feeds unit input i (a network input or an earlier node). */
export interface MPNodeSpec {
  id: string;
  unit: McCullochPittsSpec;
  sources: string[];
}

/** A serialisable network: nodes listed in evaluation order, so a DAG is simply a list. */
export interface MPNetworkSpec {
  inputs: string[];
  nodes: MPNodeSpec[];
  outputs: string[];
}

/** What a lab shows of one node: where its inputs come from and their signed weights. */
export interface MPNodeWeights {
  id: string;
  sources: string[];
  /** +w excitatory, −w inhibitory, [sources]. */
  weights: number[];
  threshold: number;
  mode: InhibitionMode;
  /** 0 for units fed only by network inputs, else 1 + the deepest source's layer. */
  layer: number;
}

interface Node {
  id: string;
  unit: McCullochPittsUnit;
  sources: string[];
  layer: number;
}

/**
 * A network of McCulloch–Pitts units: a DAG in which each unit reads named network inputs or
 * outputs of units listed before it; evaluation follows the list order.
 */
export class MPNetwork {
  readonly inputNames: string[];
  readonly outputNames: string[];
  private nodes: Node[] = [];
  private byId = new Map<string, Node>();

  /**
   * @throws EngineError (codes 'mp.*') on a duplicate or empty name, a source that is neither an input nor an earlier
   * node (this also rules out cycles), a source count different from the unit's inputs, or an
   * output that names nothing.
   */
  constructor(spec: MPNetworkSpec) {
    if (!spec || !Array.isArray(spec.inputs) || spec.inputs.length === 0)
      throw engineError('mp.noInputs', {});
    if (!Array.isArray(spec.nodes) || spec.nodes.length === 0) throw engineError('mp.noNodes', {});
    if (!Array.isArray(spec.outputs) || spec.outputs.length === 0)
      throw engineError('mp.noOutputs', {});
    const inputLayer = new Map<string, number>();
    for (const name of spec.inputs) {
      checkName(name, inputLayer);
      inputLayer.set(name, -1);
    }
    for (const n of spec.nodes) {
      checkName(n?.id, inputLayer);
      const unit = new McCullochPittsUnit(n.unit);
      if (!Array.isArray(n.sources) || n.sources.length !== unit.inputCount) {
        const got = Array.isArray(n.sources) ? n.sources.length : 0;
        throw engineError('mp.sourceCount', { node: n.id, got, count: unit.inputCount });
      }
      let layer = 0;
      for (const s of n.sources) {
        const sourceLayer = inputLayer.get(s);
        if (sourceLayer === undefined)
          throw engineError('mp.unknownSource', { node: n.id, source: String(s) });
        layer = Math.max(layer, sourceLayer + 1);
      }
      const node: Node = { id: n.id, unit, sources: [...n.sources], layer };
      this.nodes.push(node);
      this.byId.set(n.id, node);
      inputLayer.set(n.id, layer);
    }
    for (const o of spec.outputs) {
      if (!inputLayer.has(o)) throw engineError('mp.unknownOutput', { output: String(o) });
    }
    this.inputNames = [...spec.inputs];
    this.outputNames = [...spec.outputs];
  }

  /** Number of binary network inputs. */
  get inputCount(): number {
    return this.inputNames.length;
  }

  /**
   * The value of every input and node on x, by name.
   * @param x binary inputs in `inputNames` order, [inputs] @throws Error if x is not binary or has the wrong length.
   */
  activations(x: ArrayLike<number>): Record<string, number> {
    checkBinaryInputs('MPNetwork', x, this.inputNames.length);
    const values: Record<string, number> = {};
    this.inputNames.forEach((name, i) => (values[name] = x[i]));
    for (const node of this.nodes) {
      values[node.id] = node.unit.fire(node.sources.map((s) => values[s]));
    }
    return values;
  }

  /** The outputs on x in `outputNames` order. @throws Error as activations. */
  evaluate(x: ArrayLike<number>): number[] {
    const values = this.activations(x);
    return this.outputNames.map((o) => values[o]);
  }

  /** The live unit of node `id` (edits through it change the network). @throws Error if there is no such node. */
  unit(id: string): McCullochPittsUnit {
    return this.node(id).unit;
  }

  /** Node ids grouped by layer (layer 0 reads only network inputs). */
  layers(): string[][] {
    const out: string[][] = [];
    for (const n of this.nodes) (out[n.layer] ??= []).push(n.id);
    return out;
  }

  /** Sources, signed weights and thresholds of every node, in evaluation order (copies). */
  weights(): MPNodeWeights[] {
    return this.nodes.map((n) => ({
      id: n.id,
      sources: [...n.sources],
      weights: n.unit.signedWeights(),
      threshold: n.unit.threshold,
      mode: n.unit.mode,
      layer: n.layer,
    }));
  }

  /**
   * Sets a signed weight: a negative value makes the input inhibitory with that magnitude.
   * @throws Error on an unknown node, an index out of range or a non-finite weight.
   */
  setWeight(id: string, inputIndex: number, signedWeight: number): void {
    if (!Number.isFinite(signedWeight))
      throw engineError('mp.weight', { got: String(signedWeight) });
    this.node(id).unit.setInput(inputIndex, {
      kind: signedWeight < 0 ? 'inhibitory' : 'excitatory',
      weight: Math.abs(signedWeight),
    });
  }

  /** Sets node `id`'s θ. @throws Error on an unknown node or a non-finite θ. */
  setThreshold(id: string, threshold: number): void {
    this.node(id).unit.threshold = threshold;
  }

  /** Whether every unit is a plain weighted threshold unit; the reason names the first that is not. */
  expressibility(): Expressibility {
    for (const n of this.nodes) {
      const e = n.unit.expressibility();
      if (!e.expressible) return { expressible: false, reason: `node '${n.id}': ${e.reason}` };
    }
    return { expressible: true, reason: 'every unit is a weighted threshold unit' };
  }

  /** An equivalent network of weighted units (see McCullochPittsUnit.toWeighted). */
  toWeighted(): MPNetwork {
    const spec = this.toSpec();
    spec.nodes = this.nodes.map((n) => ({
      id: n.id,
      sources: [...n.sources],
      unit: n.unit.toWeighted().toSpec(),
    }));
    return new MPNetwork(spec);
  }

  /** A deep copy of the network as plain data. */
  toSpec(): MPNetworkSpec {
    return {
      inputs: [...this.inputNames],
      outputs: [...this.outputNames],
      nodes: this.nodes.map((n) => ({ id: n.id, sources: [...n.sources], unit: n.unit.toSpec() })),
    };
  }

  private node(id: string): Node {
    const node = this.byId.get(id);
    if (!node) throw engineError('mp.noNode', { node: String(id) });
    return node;
  }
}

/**
 * A fully connected layered network: every unit of layer l reads every unit of layer l − 1
 * (layer 0 reads the inputs); unit k of layer l is named `L{l}.{k}`; the last layer is the output.
 * @param layers unit specs per layer; each unit needs as many inputs as the layer before has units.
 * @throws Error as the MPNetwork constructor, or if there are no layers.
 */
export function layeredNetwork(inputNames: string[], layers: McCullochPittsSpec[][]): MPNetwork {
  if (!Array.isArray(layers) || layers.length === 0 || layers.some((l) => l.length === 0))
    throw engineError('mp.layers', {});
  const nodes: MPNodeSpec[] = [];
  let previous = inputNames;
  layers.forEach((layer, l) => {
    const ids = layer.map((_, k) => `L${l}.${k}`);
    layer.forEach((unit, k) => nodes.push({ id: ids[k], unit, sources: [...previous] }));
    previous = ids;
  });
  return new MPNetwork({ inputs: inputNames, nodes, outputs: previous });
}

/**
 * The lecture's hand-set XOR network (the Minsky–Papert slide: three −1 labels, five +1, one +2):
 * hidden h1 = x1 ∨ x2 (OR, weights (+1, +1), θ = 1) and h2 = ¬(x1 ∧ x2) (NAND, weights (−1, −1),
 * θ = −1) feed the output y = h1 ∧ h2 (AND, weights (+1, +1), θ = 2). Weighted inhibition, so
 * it is also a plain threshold network.
 */
export function xorNetwork(): MPNetwork {
  const unit = (w1: number, w2: number, threshold: number): McCullochPittsSpec => ({
    mode: 'weighted',
    threshold,
    inputs: [w1, w2].map((w) => ({
      kind: w < 0 ? 'inhibitory' : 'excitatory',
      weight: Math.abs(w),
    })),
  });
  return new MPNetwork({
    inputs: ['x1', 'x2'],
    nodes: [
      { id: 'h1', sources: ['x1', 'x2'], unit: unit(1, 1, 1) },
      { id: 'h2', sources: ['x1', 'x2'], unit: unit(-1, -1, -1) },
      { id: 'y', sources: ['h1', 'h2'], unit: unit(1, 1, 2) },
    ],
    outputs: ['y'],
  });
}

function checkName(name: string, taken: Map<string, number>): void {
  if (typeof name !== 'string' || name.length === 0) throw engineError('mp.name', {});
  if (taken.has(name)) throw engineError('mp.nameTwice', { name });
}
