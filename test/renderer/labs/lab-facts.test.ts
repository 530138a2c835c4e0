// The facts the labs state, pinned: each correction of the lecture (or of an earlier lab text)
// is checked against the lab files the app ships and, where there is a number, against the
// engine or a formula computed here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src-engine/activations/registry';
import { xorNetwork } from '../../../src-engine/units/mp-network';
import { CostDescent } from '../../../src-renderer/labs/descent/cost-descent';
import { costCurvature, stepFactor } from '../../../src-renderer/labs/descent/cost-hessian';
import type { Lab } from '../../../src-renderer/labs/lab-schema';

const DIR = join(__dirname, '../../../resources/labs');
const labs: Lab[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Lab);
const lab = (id: string): Lab => {
  const found = labs.find((l) => l.id === id);
  if (!found) throw new Error(`no lab ${id}`);
  return found;
};
/** Every text of a lab: intro, activities (blocks, prompts, success), errata. */
const textOf = (l: Lab): string => JSON.stringify([l.intro, l.activities, l.summary]);
const errataOf = (l: Lab): string => (l.errata ?? []).join('\n');

describe("Minsky and Papert's XOR", () => {
  const xor = lab('xor');

  it("the hand-set network is the lecture's OR and NAND feeding AND, as xorNetwork() builds it", () => {
    const handSet = xor.activities.find((a) => a.id === 'hand-set')!;
    expect(handSet.figure.setup).toEqual(xorNetwork().toSpec());
    const w = xorNetwork().weights();
    expect(w.map((n) => [n.id, ...n.weights, n.threshold])).toEqual([
      ['h1', 1, 1, 1],
      ['h2', -1, -1, -1],
      ['y', 1, 1, 2],
    ]);
    expect(textOf(xor)).not.toContain('x_1 \\\\wedge \\\\bar x_2');
  });

  it('Perceptrons is dated 1969 everywhere, with an erratum for the slide’s 1968', () => {
    expect(textOf(xor)).toContain('Perceptrons (1969)');
    expect(xor.lecturePart).toContain('1969');
    expect(textOf(xor) + xor.lecturePart).not.toContain('1968');
    expect(errataOf(xor)).toMatch(/1968; it was published in 1969/);
  });
});

describe('activation functions', () => {
  const act = lab('activation-functions');
  const text = textOf(act);

  it('leaky ReLU is ax for x < 0 with slope a > 0, as the engine computes; the slide’s −ax is an erratum', () => {
    const lrelu = getActivation('leaky_relu');
    expect(lrelu.f(-3, 0.1)).toBeCloseTo(-0.3, 12);
    expect(lrelu.df(-3, 0.1)).toBeCloseTo(0.1, 12);
    expect(text).toContain('a x & x < 0');
    expect(text).not.toMatch(/-ax|-a x|−a/);
    expect(errataOf(act)).toMatch(
      /\\mathrm\{LRelu\}\(x\) = -ax\$ .*standard form is \$\\mathrm\{LRelu\}\(x\) = ax\$/s,
    );
    expect(errataOf(act)).toContain("$f(-3) = -0.3$ and $f'(-3) = 0.1$");
  });

  it('the sigmoid and tanh ranges are open intervals', () => {
    expect(text).toContain('open interval $(0, 1)$');
    expect(text).toContain('open interval $(-1, 1)$');
    expect(text).not.toMatch(/\[0, 1\]|\[-1, 1\]|\[−1, 1\]/);
    expect(errataOf(act)).toContain('$\\sigma(x)$ lies in $(0, 1)$ and $\\tanh(x)$ in $(-1, 1)$');
    // the ends are never reached: σ and tanh stay strictly inside at moderate x
    const s = getActivation('sigmoid');
    const t = getActivation('tanh');
    for (const x of [-20, -5, 5, 20]) {
      expect(s.f(x, 0)).toBeGreaterThan(0);
      expect(s.f(x, 0)).toBeLessThan(1);
      expect(Math.abs(t.f(x / 4, 0))).toBeLessThan(1);
    }
  });

  it('the softmax task cannot be passed by copying: no text before a pass gives the third score', () => {
    const beforePass = JSON.stringify([
      act.intro,
      act.activities.map((a) => [a.blocks, a.task?.prompt]),
    ]);
    const shown = beforePass + errataOf(act);
    expect(shown).not.toContain('1.10');
    expect(shown).not.toContain('1.1]');
  });
});

describe('decision boundaries', () => {
  const db = lab('decision-boundaries');
  const text = textOf(db);

  it('two units make a strip or a wedge (not only a strip); a bounded region needs three', () => {
    expect(text).not.toMatch(/can only make a strip/);
    expect(text).toMatch(/strip \(parallel lines\) or a wedge \(crossing lines\)/);
    expect(text).toMatch(/a bounded region such as a triangle needs at least three/);
    // two crossing half-planes: their AND is a wedge, unbounded yet not a strip
    const inWedge = (x: number, y: number): boolean => x + y >= 0 && x - y >= 0;
    expect(inWedge(100, 0) && inWedge(1, 0.5) && !inWedge(-1, 0)).toBe(true);
  });

  it('keeps one hidden layer apart from the two-hidden-layer OR of ANDs', () => {
    expect(text).not.toMatch(/OR of several AND-polygons makes any shape.*single hidden layer/);
    expect(text).toContain('An OR of several AND-polygons — say two separate squares — takes two');
    expect(text).toContain('Not exactly with a few units');
    const two = db.activities.find((a) => a.id === 'two-layers')!;
    expect(two.figure.setup.combine).toBe('or-of-and');
    expect(two.task?.check).toEqual({ kind: 'region-separates', combine: 'or-of-and' });
  });
});

describe("the XOR lab's trained network", () => {
  it('asks for the hidden units by name; the lecture network computes OR and NAND, seed 1 AND and OR', () => {
    const t = lab('xor').activities.find((a) => a.id === 'trained')!;
    expect(t.task?.check).toEqual({
      kind: 'network-classifies',
      outputs: [0, 1, 1, 0],
      nameHidden: true,
    });
    // the hand-set lines drawn halfway compute the lecture's tables on the four corners
    const corners = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    expect(corners.map(([a, b]) => Number(a + b - 0.5 >= 0)).join('')).toBe('0111');
    expect(corners.map(([a, b]) => Number(-a - b + 1.5 >= 0)).join('')).toBe('1110');
    // and the lecture's own thresholds give the same tables
    const net = xorNetwork();
    expect(corners.map((x) => net.activations(x).h1).join('')).toBe('0111');
    expect(corners.map((x) => net.activations(x).h2).join('')).toBe('1110');
  });
});

describe('errata of the perceptron and Adaline slides', () => {
  it('the perceptron rule has the new weight on the left: w^(k+1) = w^(k) + α x (t − y)', () => {
    const p = lab('perceptron');
    expect(JSON.stringify(p.intro)).toContain('w_j^{(k+1)} = w_j^{(k)}');
    expect(errataOf(p)).toMatch(/same superscript on both sides/);
  });

  it('Adaline counts steps with k (t is the target) and its update is the step for ½(t − y)²', () => {
    const a = lab('adaline');
    const intro = JSON.stringify(a.intro);
    expect(intro).toContain('w_j^{(k+1)} = w_j^{(k)}');
    expect(intro).not.toContain('^{(t+1)}');
    expect(intro).toContain('\\\\tfrac{1}{2}(t - y)^2');
    expect(errataOf(a)).toMatch(/\$t\$ is both the step and the correct output/);
    expect(errataOf(a)).toMatch(/gradient step for \$\\tfrac\{1\}\{2\}\(t - y\)\^2\$/);
    // the factor: d/dw of ½(t − w·x)² is −(t − y)x, of (t − y)² it is −2(t − y)x
    const [x, t, w, h] = [1.5, 1, 0.2, 1e-6];
    const half = (v: number) => 0.5 * (t - v * x) ** 2;
    const full = (v: number) => (t - v * x) ** 2;
    const d = (f: (v: number) => number) => (f(w + h) - f(w - h)) / (2 * h);
    expect(d(half)).toBeCloseTo(-(t - w * x) * x, 6);
    expect(d(full)).toBeCloseTo(-2 * (t - w * x) * x, 6);
  });
});

describe('cost and gradient descent: the stability window', () => {
  it("the Hessian of J on the lab's points has eigenvalues 6.70 and 0.30, so α < 2/λ_max ≈ 0.298", () => {
    const points = lab('gradient-descent').activities[1].figure.setup.points as [number, number][];
    const c = costCurvature(points);
    // by hand: x = 0…4, (1/m)Σx = 2, (1/m)Σx² = 6; det = 2, trace = 7
    expect(c.hessian).toEqual([
      [1, 2],
      [2, 6],
    ]);
    expect(c.eigenvalues[0]).toBeCloseTo((7 + Math.sqrt(41)) / 2, 12);
    expect(c.eigenvalues[1]).toBeCloseTo((7 - Math.sqrt(41)) / 2, 12);
    expect(c.eigenvalues.map((v) => v.toFixed(2))).toEqual(['6.70', '0.30']);
    expect(c.alphaLimit.toFixed(3)).toBe('0.298');
    // and descent agrees: just below the limit it converges, just above it diverges
    const after = (alpha: number): number => {
      const d = new CostDescent(points, [-1, 2.5], alpha);
      d.run(300);
      return d.current.cost;
    };
    expect(after(c.alphaLimit * 0.97)).toBeLessThan(1);
    expect(after(c.alphaLimit * 1.03)).toBeGreaterThan(1e3);
    expect(stepFactor(0.32, c.eigenvalues[0])).toBeGreaterThan(1);
  });
});

describe('errata of the history and backward-pass slides', () => {
  it('Rumelhart, Hinton and Williams are dated 1986, Werbos 1974', () => {
    const h = lab('neuron-history');
    expect(errataOf(h)).toMatch(
      /Werbos applied backpropagation .* 1974 thesis; Rumelhart, Hinton and Williams published .* in 1986/,
    );
    expect(textOf(h)).toContain('1986 — Rumelhart, Hinton and Williams');
    expect(textOf(h)).not.toMatch(/1974[^.]*Rumelhart/);
  });

  it('the backward pass: w^L_jc (not w^L_jk), σ(o^{L−1}_j) (not _c), and the 1/K of J kept', () => {
    const d = lab('delta-recursion');
    const e = errataOf(d);
    expect(e).toContain('= w_{jk}^L$; the weight from node $j$ to output $c$ is $w_{jc}^L$');
    expect(e).toContain('the node is $j$: $\\sigma(o_j^{L-1})(1 - \\sigma(o_j^{L-1}))$');
    expect(e).toMatch(/dropping the \$1\/K\$/);
    expect(textOf(d)).toContain('\\\\frac{\\\\partial o_c^L}{\\\\partial a_j^{L-1}} = w_{jc}^L');
    expect(errataOf(lab('softmax-cross-entropy'))).toMatch(/without the \$1\/K\$ of \$J\$/);
    // J = (1/K) ΣΣℓ on one-hot targets with C = 3, as the lab writes it
    expect(textOf(lab('softmax-cross-entropy'))).toContain(
      'J(w) = \\\\frac{1}{K} \\\\sum_{k=1}^{K} \\\\sum_{c=1}^{C}',
    );
  });
});

describe("the XOR lab's perceptron task", () => {
  it('no longer says the line keeps jumping, and its pass message does not repeat the success text', () => {
    const a = lab('xor').activities.find((x) => x.id === 'perceptron-fails')!;
    const text = JSON.stringify(a.blocks);
    expect(text).not.toContain('keeps jumping');
    expect(text).toContain('from the second epoch on they are $[0, -1, 0]$ every time');
    expect(a.task!.success).not.toMatch(
      /never settles: the weights cycle, because no line separates XOR/,
    );
  });
});
