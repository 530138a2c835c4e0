/**
 * A small tag scanner for the MathML that KaTeX writes: the markup is well-formed, so a tree of
 * elements and text is enough to rewrite it (primes inline, unary minus signs without spacing).
 */

export interface Element {
  tag: string;
  /** the opening tag's text, attributes included */
  open: string;
  children: Node[];
}
export type Node = Element | string;

const TOKEN = /<\/?[a-zA-Z][^>]*>|[^<]+/g;

export function parse(markup: string): Node[] {
  const root: Element = { tag: '', open: '', children: [] };
  const stack: Element[] = [root];
  for (const [token] of markup.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (token.startsWith('</')) {
      if (stack.length > 1) stack.pop();
    } else if (token.startsWith('<')) {
      const tag = /^<([a-zA-Z][\w-]*)/.exec(token)?.[1] ?? '';
      const el: Element = { tag, open: token, children: [] };
      top.children.push(el);
      if (!token.endsWith('/>')) stack.push(el);
    } else top.children.push(token);
  }
  return root.children;
}

export function serialize(nodes: Node[]): string {
  return nodes
    .map((n) =>
      typeof n === 'string'
        ? n
        : n.open.endsWith('/>')
          ? n.open
          : `${n.open}${serialize(n.children)}</${n.tag}>`,
    )
    .join('');
}

export const elements = (nodes: Node[]): Element[] =>
  nodes.filter((n): n is Element => typeof n !== 'string' && n.tag !== '');
