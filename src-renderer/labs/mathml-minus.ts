/**
 * KaTeX's MathML writes the minus of −1 and the minus of x − 1 alike, as <mo>−</mo>. Chromium
 * gives an <mo> between two others the spacing of a binary operator, so (−1, 1) came out as
 * "( − 1, 1)" and f(−3) = −0.3 as "f( − 3) = − 0.3". A minus that opens its row, or follows
 * another operator (an opening bracket, a comma, =, …) rather than an operand or a closing
 * bracket, is a sign: it is set with no space around it, as TeX sets it.
 */
import { parse, serialize, type Element, type Node } from './mathml-tree';

const SIGNS = new Set(['−', '-', '+', '±']);
/** Operators after which a minus is still binary: closing brackets and bars end an operand. */
const CLOSING = new Set([')', ']', '}', '|', '‖', '⟩', '⌋', '⌉', '!', '′', '″', '‴']);

const text = (n: Element): string => serialize(n.children).trim();

function rewrite(nodes: Node[]): Node[] {
  let previous: Element | null = null;
  return nodes.map((n) => {
    if (typeof n === 'string') return n;
    const out: Element = { ...n, children: rewrite(n.children) };
    const sign =
      n.tag === 'mo' &&
      SIGNS.has(text(n)) &&
      !/\slspace=/.test(n.open) &&
      (previous === null || (previous.tag === 'mo' && !CLOSING.has(text(previous))));
    if (sign) out.open = n.open.replace(/^<mo/, '<mo lspace="0em" rspace="0em"');
    if (n.tag !== '') previous = n;
    return out;
  });
}

/** MathML markup with every sign minus (and plus) set tight against what follows. */
export function tightSignsInMathml(markup: string): string {
  if (!/<mo[^>]*>[−\-+±]<\/mo>/.test(markup)) return markup;
  return serialize(rewrite(parse(markup)));
}
