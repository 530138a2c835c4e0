/** A run of a paragraph: plain text, or inline TeX that was written between `$…$`. */
export type TextRun = { text: string } | { tex: string };

/**
 * Splits a paragraph at `$…$` into text and inline formulas. `\$` is a literal dollar sign;
 * an unclosed `$` is kept as text so that a typo shows instead of swallowing the paragraph.
 */
export function splitMath(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  let text = '';
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i];
    if (ch === '\\' && paragraph[i + 1] === '$') {
      text += '$';
      i += 2;
      continue;
    }
    if (ch === '$') {
      const end = findClosing(paragraph, i + 1);
      if (end > i + 1) {
        if (text) runs.push({ text });
        text = '';
        runs.push({ tex: paragraph.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (text) runs.push({ text });
  return runs;
}

function findClosing(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '$') return j;
  }
  return -1;
}

/** A formula with the punctuation that follows it, which must never start a line of its own. */
export type GluedRun = { text: string } | { tex: string; after: string };

/**
 * The runs with the punctuation right after each formula (the "." of "within $0.01$.") moved
 * into the formula's run, so the two are laid out as one unbreakable piece.
 */
export function gluePunctuation(runs: TextRun[]): GluedRun[] {
  const out: GluedRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if ('text' in run && last && 'tex' in last) {
      const punct = /^[.,;:!?)\]’”]+/.exec(run.text)?.[0] ?? '';
      last.after = punct;
      if (run.text.length > punct.length) out.push({ text: run.text.slice(punct.length) });
    } else out.push('tex' in run ? { tex: run.tex, after: '' } : run);
  }
  return out;
}
