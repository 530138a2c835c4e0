// The facts the labs state, pinned: each correction of the lecture (or of an earlier lab text)
// is checked against the lab files the app ships and, where there is a number, against the
// engine or a formula computed here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src-engine/activations/registry';
import { xorNetwork } from '../../../src-engine/units/mp-network';
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
    expect(errataOf(act)).toMatch(/LRelu\(x\) = −ax .*standard form is LRelu\(x\) = ax/s);
    expect(errataOf(act)).toContain('f(−3) = −0.3 and f′(−3) = 0.1');
  });

  it('the sigmoid and tanh ranges are open intervals', () => {
    expect(text).toContain('open interval $(0, 1)$');
    expect(text).toContain('open interval $(-1, 1)$');
    expect(text).not.toMatch(/\[0, 1\]|\[-1, 1\]|\[−1, 1\]/);
    expect(errataOf(act)).toContain('σ(x) lies in (0, 1) and tanh(x) in (−1, 1)');
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
