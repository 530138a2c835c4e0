/**
 * KaTeX writes f′ as <msup><mi>f</mi><mo>′</mo></msup>, as TeX does. The prime glyph U+2032 is
 * already drawn raised, so a browser that really sets it as a superscript (Chromium's MathML)
 * lifts it a second time and it floats as a detached tick above the letter. This rewrites every
 * superscript that holds only primes into the base followed by the primes, inline (f′, tanh′,
 * w′ⱼ stays w ⱼ′ with its subscript kept as msub).
 */
import { elements, parse, serialize, type Element, type Node } from './mathml-tree';

/** Whether a node is one prime (′ ″ ‴) or a row of them. */
function primesOnly(node: Element): boolean {
  if (node.tag === 'mo') return /^[′″‴]+$/.test(serialize(node.children).trim());
  if (node.tag === 'mrow') {
    const kids = elements(node.children);
    return kids.length > 0 && kids.every(primesOnly);
  }
  return false;
}

/** The primes as plain inline operators with no spacing around them. */
function inlinePrimes(node: Element): Element[] {
  const mos = node.tag === 'mo' ? [node] : elements(node.children);
  return mos.map((mo) => ({
    tag: 'mo',
    open: '<mo lspace="0em" rspace="0em">',
    children: mo.children,
  }));
}

function rewrite(nodes: Node[]): Node[] {
  return nodes.map((n) => {
    if (typeof n === 'string') return n;
    const children = rewrite(n.children);
    const kids = elements(children);
    if (n.tag === 'msup' && kids.length === 2 && primesOnly(kids[1])) {
      return { tag: 'mrow', open: '<mrow>', children: [kids[0], ...inlinePrimes(kids[1])] };
    }
    if (n.tag === 'msubsup' && kids.length === 3 && primesOnly(kids[2])) {
      const sub: Element = { tag: 'msub', open: '<msub>', children: [kids[0], kids[1]] };
      return { tag: 'mrow', open: '<mrow>', children: [sub, ...inlinePrimes(kids[2])] };
    }
    return { ...n, children };
  });
}

/** MathML markup with every prime superscript set inline after its base. */
export function inlinePrimesInMathml(markup: string): string {
  if (!/[′″‴]/.test(markup)) return markup;
  return serialize(rewrite(parse(markup)));
}
