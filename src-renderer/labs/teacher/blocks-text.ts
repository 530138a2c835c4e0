/**
 * Lab text blocks as one plain text a teacher edits: paragraphs separated by a blank line, a
 * displayed formula as a paragraph between `$$ … $$`, a list as lines starting with "- ".
 * Inline formulas stay `$…$` inside paragraphs, exactly as the lab file holds them.
 */
import type { LabBlock } from '../lab-schema';

/** The blocks as editable text (see the file comment for the conventions). */
export function blocksToText(blocks: readonly LabBlock[]): string {
  return blocks
    .map((b) => {
      if ('p' in b) return b.p;
      if ('tex' in b) return `$$ ${b.tex} $$`;
      return b.list.map((item) => `- ${item}`).join('\n');
    })
    .join('\n\n');
}

/**
 * Text back to blocks. Lines of a paragraph are joined with a space; a paragraph whose every
 * line starts with "- " is a list; `$$ … $$` around a whole paragraph is a displayed formula.
 */
export function textToBlocks(text: string): LabBlock[] {
  const blocks: LabBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    const whole = lines.join(' ');
    const display = /^\$\$([\s\S]*)\$\$$/.exec(lines.join('\n'));
    if (display) blocks.push({ tex: display[1].trim() });
    else if (lines.every((l) => l.startsWith('- ') || l === '-'))
      blocks.push({ list: lines.map((l) => l.slice(1).trim()) });
    else blocks.push({ p: whole });
  }
  return blocks;
}
