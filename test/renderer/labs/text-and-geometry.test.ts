import { describe, expect, it } from 'vitest';
import { contourSegments } from '../../../src-renderer/labs/descent/contour-lines';
import { clipLine } from '../../../src-renderer/labs/plane-geometry';
import { fromSvg, squareArea, toSvg } from '../../../src-renderer/labs/plot-area';
import {
  regionPath,
  shadePolygons,
  weightArrows,
} from '../../../src-renderer/labs/plane-decorations';
import { gluePunctuation, splitMath } from '../../../src-renderer/labs/rich-text';
import { texToMathml } from '../../../src-renderer/labs/tex';
import { labNumberOrNaN, parseLabNumber } from '../../../src-renderer/labs/parse-number';

describe('splitMath', () => {
  it('splits inline formulas, keeps escaped and unclosed dollars as text', () => {
    expect(splitMath('a $x^2$ b')).toEqual([{ text: 'a ' }, { tex: 'x^2' }, { text: ' b' }]);
    expect(splitMath('costs \\$5')).toEqual([{ text: 'costs $5' }]);
    expect(splitMath('open $x')).toEqual([{ text: 'open $x' }]);
    expect(splitMath('$a$$b$')).toEqual([{ tex: 'a' }, { tex: 'b' }]);
  });
});

describe('gluePunctuation', () => {
  it('keeps the full stop after a formula with the formula, so it never starts a line', () => {
    expect(gluePunctuation(splitMath('to within $0.01$. Hint: $a$, $b$ and $c$'))).toEqual([
      { text: 'to within ' },
      { tex: '0.01', after: '.' },
      { text: ' Hint: ' },
      { tex: 'a', after: ',' },
      { text: ' ' },
      { tex: 'b', after: '' },
      { text: ' and ' },
      { tex: 'c', after: '' },
    ]);
  });
});

describe('texToMathml', () => {
  it('gives MathML with no inline style, and shows a TeX error instead of throwing', () => {
    const html = texToMathml('w_j \\leftarrow w_j + \\alpha x_j (t - y)', true);
    expect(html).toContain('<math');
    expect(html).not.toContain('style=');
    expect(() => texToMathml('\\frac{1}{')).not.toThrow();
  });

  it('sets primes inline after their base, never as a superscript (a detached tick)', () => {
    for (const tex of ["f'(x)", "\\tanh'(x)", "\\mathrm{LRelu}'(x)", "\\sigma'(x)", "f''(x)"]) {
      const html = texToMathml(tex);
      expect(html, tex).not.toMatch(/<msup>/);
      expect(html, tex).toMatch(/<\/m[io]>(<\/mrow>)?<mo lspace="0em" rspace="0em">′<\/mo>/);
    }
    // a subscript stays a subscript; the prime follows it
    expect(texToMathml("w_j'")).toContain(
      '<msub><mi>w</mi><mi>j</mi></msub><mo lspace="0em" rspace="0em">′</mo>',
    );
    // real superscripts are untouched
    expect(texToMathml('x^{2}')).toContain('<msup><mi>x</mi><mn>2</mn></msup>');
    expect(texToMathml('\\tanh(x)^2')).toContain('<msup>');
  });

  it('sets a sign minus tight against its number and leaves a binary minus spaced', () => {
    const tight = '<mo lspace="0em" rspace="0em">−</mo>';
    const signs = (tex: string): number => texToMathml(tex).split(tight).length - 1;
    // the open interval (−1, 1), f(−3) = −0.3, a vector [−1, 2], −x, e^{−x}
    expect(signs('(-1, 1)')).toBe(1);
    expect(signs('f(-3) = -0.3')).toBe(2);
    expect(signs('[-1, -2]')).toBe(2);
    expect(signs('-x')).toBe(1);
    expect(signs('e^{-x}')).toBe(1);
    // x − 1, (x) − 1, σ(x)(1 − σ(x)) and a squared bracket minus one stay binary
    expect(signs('x - 1')).toBe(0);
    expect(signs('f(x) - 1')).toBe(0);
    expect(signs('\\sigma(x)(1 - \\sigma(x))')).toBe(0);
    expect(signs('(x)^2 - 1')).toBe(0);
    expect(texToMathml('x - 1')).toContain('<mo>−</mo>');
  });

  it('gives a tall base the height of an x, so its exponent does not float above the others', () => {
    expect(texToMathml('(x_1^2 - 1)^2')).toContain(
      '<msup><mpadded height="0.6em"><mo stretchy="false">)</mo></mpadded><mn>2</mn></msup>',
    );
    expect(texToMathml('x^2')).toContain('<msup><mi>x</mi><mn>2</mn></msup>');
    expect(texToMathml('J^*')).toContain('<msup><mpadded height="0.6em"><mi>J</mi></mpadded>');
    expect(texToMathml('10^{-3}')).toContain('<msup><mpadded height="0.6em"><mn>10</mn>');
    expect(texToMathml('\\hat{y}_k^c')).toContain('<msubsup><mpadded height="0.6em"><mover');
    expect(texToMathml('\\tanh^2(x)')).toContain(
      '<msup><mpadded height="0.6em"><mrow><mi>tanh</mi>',
    );
    // big \left( \right) brackets keep TeX's exponent at their top
    expect(texToMathml('\\left(h\\right)^2')).not.toContain('mpadded');
  });
});

describe('parseLabNumber', () => {
  it('keeps the sign of a number copied from the page, whatever dash it carries', () => {
    for (const dash of [
      '-',
      '\u2212',
      '\u2013',
      '\u2014',
      '\u2012',
      '\u2010',
      '\uFE63',
      '\uFF0D',
    ]) {
      expect(labNumberOrNaN(`${dash}6.0`), JSON.stringify(dash)).toBe(-6);
    }
    expect(labNumberOrNaN(' \u2212 0.125 ')).toBe(-0.125);
    expect(labNumberOrNaN('1\u202F000')).toBe(1000);
    expect(labNumberOrNaN('0,25')).toBe(0.25);
    expect(labNumberOrNaN('+3e-2')).toBe(0.03);
    expect(labNumberOrNaN('.5')).toBe(0.5);
  });

  it('tells empty from unreadable, and never reads half a number', () => {
    expect(parseLabNumber('  ')).toEqual({ kind: 'empty' });
    expect(parseLabNumber('6 or 7')).toEqual({
      kind: 'invalid',
      message: '“6 or 7” is not a number.',
    });
    expect(parseLabNumber('1,000.5').kind).toBe('invalid');
    expect(parseLabNumber('1e999').kind).toBe('invalid');
    expect(labNumberOrNaN('--6')).toBeNaN();
    expect(labNumberOrNaN('')).toBeNaN();
    expect(Object.is(labNumberOrNaN('−0'), 0)).toBe(true);
  });
});

describe('plane geometry', () => {
  const f = squareArea(-4, 4, 360, 26);

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

describe('plane decorations', () => {
  const f = squareArea(-1, 1, 360, 26);

  it('shades the side where a·x1 + b·x2 + c ≥ 0 and points the weight vector into it', () => {
    // x1 ≥ 0: the right half of the box
    const line = {
      a: 1,
      b: 0,
      c: 0,
      kind: 'labs-line-main',
      label: 'l',
      shade: true,
      normal: true,
    };
    const [shade] = shadePolygons([line], f);
    const xs = shade.pts.split(' ').map((p) => Number(p.split(',')[0]));
    expect(Math.min(...xs)).toBeCloseTo(toSvg(f, 0, 0)[0], 9);
    expect(Math.max(...xs)).toBeCloseTo(toSvg(f, 1, 0)[0], 9);
    const [arrow] = weightArrows([{ ...line, x1: 180, y1: 26, x2: 180, y2: 334 }], f);
    expect(arrow.x2).toBeGreaterThan(arrow.x1); // (1, 0) points right
    expect(arrow.y2).toBe(arrow.y1);
    expect(arrow.name).toBe('w');
    // a line with nothing of the box on its positive side shades nothing
    expect(shadePolygons([{ ...line, c: -5 }], f)).toEqual([]);
  });

  it('draws a region of grid cells as one path, a subpath per run of inside cells', () => {
    const inside = [true, true, false, false, false, true, true, true, true];
    const d = regionPath({ n: 3, inside }, f);
    // rows: [T T F] one run; [F F T] one run; [T T T] one run
    expect(d.match(/M/g)).toHaveLength(3);
    expect(regionPath({ n: 3, inside: inside.map(() => false) }, f)).toBe('');
  });
});

describe('contour lines by marching squares', () => {
  it('the level 0 of x² − y² is the two diagonals, crossing at the saddle', () => {
    const segs = contourSegments((x, y) => x * x - y * y, -2, 2, 32, 0);
    expect(segs.length).toBeGreaterThan(40);
    for (const [a, b, c, d] of segs) {
      expect(Math.abs(Math.abs(a) - Math.abs(b))).toBeLessThan(1e-9);
      expect(Math.abs(Math.abs(c) - Math.abs(d))).toBeLessThan(1e-9);
    }
  });

  it('a circle level lies on the circle, to the grid’s accuracy', () => {
    for (const [a, b, c, d] of contourSegments((x, y) => x * x + y * y, -2, 2, 40, 1)) {
      expect(Math.hypot(a, b)).toBeCloseTo(1, 2);
      expect(Math.hypot(c, d)).toBeCloseTo(1, 2);
    }
    expect(contourSegments((x, y) => x * x + y * y, -2, 2, 40, -1)).toEqual([]);
  });
});
