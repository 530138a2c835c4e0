import { describe, expect, it } from 'vitest';
import { clipLine, fromSvg, toSvg } from '../../../src-renderer/labs/plane-geometry';
import { splitMath } from '../../../src-renderer/labs/rich-text';
import { texToMathml } from '../../../src-renderer/labs/tex';

describe('splitMath', () => {
  it('splits inline formulas, keeps escaped and unclosed dollars as text', () => {
    expect(splitMath('a $x^2$ b')).toEqual([{ text: 'a ' }, { tex: 'x^2' }, { text: ' b' }]);
    expect(splitMath('costs \\$5')).toEqual([{ text: 'costs $5' }]);
    expect(splitMath('open $x')).toEqual([{ text: 'open $x' }]);
    expect(splitMath('$a$$b$')).toEqual([{ tex: 'a' }, { tex: 'b' }]);
  });
});

describe('texToMathml', () => {
  it('gives MathML with no inline style, and shows a TeX error instead of throwing', () => {
    const html = texToMathml('w_j \\leftarrow w_j + \\alpha x_j (t - y)', true);
    expect(html).toContain('<math');
    expect(html).not.toContain('style=');
    expect(() => texToMathml('\\frac{1}{')).not.toThrow();
  });
});

describe('plane geometry', () => {
  const f = { min: -4, max: 4, size: 360, margin: 26 };

  it('maps data to SVG and back', () => {
    expect(toSvg(f, -4, 4)).toEqual([26, 26]);
    expect(toSvg(f, 4, -4)).toEqual([334, 334]);
    const [x1, x2] = fromSvg(f, ...toSvg(f, 1.5, -2));
    expect(x1).toBeCloseTo(1.5);
    expect(x2).toBeCloseTo(-2);
  });

  it('clips a line to the box, or gives null', () => {
    expect(clipLine(1, -1, 0, -1, 1)).toEqual([
      [-1, -1],
      [1, 1],
    ]);
    expect(clipLine(1, 0, -0.5, -1, 1)).toEqual([
      [0.5, -1],
      [0.5, 1],
    ]);
    expect(clipLine(0, 0, 1, -1, 1)).toBeNull();
    expect(clipLine(1, 1, -10, -1, 1)).toBeNull();
  });
});
