/**
 * Without a math font, Chromium sets a superscript on the ink top of its base, so in
 * (x² − 1)², tanh(x)², J* or 10⁻³ the exponent floated a bracket's, a capital's or a digit's
 * full height up, well above where TeX puts it and above the exponent of an x beside it. A
 * tall one-token base (a closing bracket, a capital, a digit, b, d, f, h, k, l, t, …, or a
 * letter under an accent such as ŷ) is wrapped in an <mpadded> that reports the height of a
 * small letter: the base is drawn as before and its exponent sits level with an x's. Big \left( \right) brackets are rows, not
 * tokens, and keep TeX's exponent at their top.
 */
import { elements, parse, serialize, type Element, type Node } from './mathml-tree';

const BRACKETS = new Set([')', ']', '}', '|', '‖', '⟩']);
/** Letters no taller than an x, whose exponents Chromium already sets right. */
const SHORT = /^[acemnorsuvwxzαεικνοπστυωγημ]+$/;
/** The height a tall base reports: an x's, and a little. */
export const BASE_HEIGHT = '0.6em';

function isTall(n: Element): boolean {
  const text = serialize(n.children).trim();
  if (n.tag === 'mo') return BRACKETS.has(text);
  // tanh², sin²: KaTeX writes the name and an invisible function application as one row
  const kids = elements(n.children);
  if (n.tag === 'mrow' && kids.length === 2 && serialize(kids[1].children) === '\u2061')
    return isTall(kids[0]);
  // ŷ, x̄: the accent's top is the ink top
  if (n.tag === 'mover' && /\baccent="true"/.test(n.open)) return true;
  return (n.tag === 'mi' || n.tag === 'mn') && text !== '' && !SHORT.test(text);
}

function rewrite(nodes: Node[]): Node[] {
  return nodes.map((n) => {
    if (typeof n === 'string') return n;
    const out: Element = { ...n, children: rewrite(n.children) };
    if (n.tag === 'msup' || n.tag === 'msubsup') {
      const base = elements(out.children)[0];
      if (base && isTall(base)) {
        const i = out.children.indexOf(base);
        out.children = [...out.children];
        out.children[i] = {
          tag: 'mpadded',
          open: `<mpadded height="${BASE_HEIGHT}">`,
          children: [base],
        };
      }
    }
    return out;
  });
}

/** MathML markup with every tall base of a superscript made to report a small letter's height. */
export function lowBracketScriptsInMathml(markup: string): string {
  if (!/<msu[bp]/.test(markup)) return markup;
  return serialize(rewrite(parse(markup)));
}
