// The teacher's editor: lab ↔ form, text ↔ blocks, problems with their field paths, undo, copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_KINDS } from '../../../../src-main/contract/lab-document/figure-kinds';
import { parseLab, type Lab } from '../../../../src-renderer/labs/lab-schema';
import { blocksToText, textToBlocks } from '../../../../src-renderer/labs/teacher/blocks-text';
import { EditHistory } from '../../../../src-renderer/labs/teacher/edit-history';
import { copyOfLab, freeLabId } from '../../../../src-renderer/labs/teacher/lab-copy';
import {
  formFromLab,
  labFromForm,
  parseSetup,
  problemsAt,
} from '../../../../src-renderer/labs/teacher/lab-form';
import { labOutlines } from '../../../../src-renderer/labs/teacher/lab-outline';
import { importSummary, partStatus } from '../../../../src-renderer/labs/teacher/lesson-summary';

const DIR = join(__dirname, '../../../../resources/labs');
const lab = (file: string): Lab =>
  parseLab(JSON.parse(readFileSync(join(DIR, file), 'utf8')), file);
const controlsOf = (k: keyof typeof FIGURE_KINDS) => FIGURE_KINDS[k].controls;

describe('blocks as text', () => {
  it('round-trips paragraphs, displayed formulas and lists', () => {
    const blocks = [
      { p: 'A unit fires when $\\sum w_i a_i \\ge \\theta$.' },
      { tex: 'y = \\begin{cases} 1 \\\\ 0 \\end{cases}' },
      { list: ['first $a$', 'second'] },
    ];
    const text = blocksToText(blocks);
    expect(text).toBe(
      'A unit fires when $\\sum w_i a_i \\ge \\theta$.\n\n$$ y = \\begin{cases} 1 \\\\ 0 \\end{cases} $$\n\n- first $a$\n- second',
    );
    expect(textToBlocks(text)).toEqual(blocks);
  });

  it('joins the lines of a paragraph and ignores extra blank lines and CRLF', () => {
    expect(textToBlocks('one\r\ntwo\r\n\r\n\r\n\nthree\n')).toEqual([
      { p: 'one two' },
      { p: 'three' },
    ]);
    expect(textToBlocks('  \n\n ')).toEqual([]);
    expect(textToBlocks('$$\nx^2\n$$')).toEqual([{ tex: 'x^2' }]);
    // a paragraph with only some lines starting "- " stays a paragraph
    expect(textToBlocks('- a\nb')).toEqual([{ p: '- a b' }]);
  });

  it('every shipped lab text survives the round trip', () => {
    for (const file of [
      '02-mcculloch-pitts.json',
      '03-perceptron.json',
      '06-activation-functions.json',
    ]) {
      const l = lab(file);
      for (const block of [...l.intro.map((s) => s.blocks), ...l.activities.map((a) => a.blocks)])
        expect(textToBlocks(blocksToText(block))).toEqual(block);
    }
  });
});

describe('lab ↔ form', () => {
  const base = lab('02-mcculloch-pitts.json');

  it('an untouched form gives the same lab back', () => {
    const form = formFromLab(base, controlsOf);
    const out = labFromForm(base, form);
    expect(out.problems).toEqual([]);
    expect(out.lab).toEqual(base);
  });

  it('lists every control of the figure kind with its state', () => {
    const form = formFromLab(base, controlsOf);
    expect(form.activities[0].controls).toEqual({
      weights: 'locked',
      kinds: 'locked',
      threshold: 'shown',
      mode: 'hidden',
    });
    expect(form.activities[0].prompt).toBe(base.activities[0].task?.prompt);
  });

  it('applies a new title, a locked control and a prompt, writing only non-shown controls', () => {
    const form = formFromLab(base, controlsOf);
    form.title = '  AND for my class ';
    form.activities[0].controls.threshold = 'locked';
    form.activities[0].controls.weights = 'shown';
    form.activities[0].prompt = 'Set $\\theta$ to 2.';
    form.activities[0].text = 'First.\n\n- a\n- b';
    const out = labFromForm(base, form);
    expect(out.problems).toEqual([]);
    expect(out.lab?.title).toBe('AND for my class');
    expect(out.lab?.activities[0].figure.controls).toEqual({
      kinds: 'locked',
      threshold: 'locked',
      mode: 'hidden',
    });
    expect(out.lab?.activities[0].task?.prompt).toBe('Set $\\theta$ to 2.');
    expect(out.lab?.activities[0].blocks).toEqual([{ p: 'First.' }, { list: ['a', 'b'] }]);
    // the base lab is left as it was
    expect(base.title).toBe('The McCulloch–Pitts neuron');
  });

  it('names the field of each problem: an empty title, bad JSON, a setup the figure refuses', () => {
    const form = formFromLab(lab('03-perceptron.json'), controlsOf);
    form.title = ' ';
    let out = labFromForm(lab('03-perceptron.json'), form);
    expect(out.lab).toBeNull();
    expect(out.problems).toContainEqual({ path: 'title', message: 'must be a non-empty text' });

    form.title = 'ok';
    form.activities[0].setupText = '{ "points": [ }';
    out = labFromForm(lab('03-perceptron.json'), form);
    expect(out.lab).toBeNull();
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0].path).toBe('activities[0].figure.setup');
    // where the text breaks, by line and column (the scan's, not V8's sentence)
    expect(out.problems[0].message).toBe("is not valid JSON: unexpected '}' at line 1, column 15");
    expect(parseSetup('{\n  "points": [1, 2')).toEqual({
      error:
        'is not valid JSON: the text ends at line 2, column 18 before the JSON is complete (a bracket, brace or quote is not closed)',
    });

    const setup = JSON.parse(
      formFromLab(lab('03-perceptron.json'), controlsOf).activities[0].setupText,
    );
    form.activities[0].setupText = JSON.stringify({ ...setup, learningRate: -1 });
    out = labFromForm(lab('03-perceptron.json'), form);
    expect(out.problems).toEqual([
      {
        path: 'activities[0].figure.setup.learningRate',
        message: 'must be a number from 0.000001 to 100, got -1',
      },
    ]);
    expect(problemsAt(out.problems, 'activities[0].figure.setup')).toHaveLength(1);
    expect(problemsAt(out.problems, 'activities[0].figure.controls')).toHaveLength(0);
    expect(problemsAt(out.problems, 'activities[1]')).toHaveLength(0);
  });

  it('setup text must be a JSON object', () => {
    expect(parseSetup('[1, 2]')).toEqual({ error: 'must be a JSON object ({ … })' });
    expect(parseSetup('{"a": 1}')).toEqual({ value: { a: 1 } });
  });
});

describe('undo history', () => {
  it('goes back one state at a time and keeps repeats once', () => {
    const h = new EditHistory(3);
    expect(h.canUndo).toBe(false);
    h.record('a');
    h.record('a');
    h.record('b');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    ['1', '2', '3', '4'].forEach((s) => h.record(s));
    expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual(['4', '3', '2', undefined]);
  });
});

describe('copies and outlines', () => {
  it('finds a free id and titles the copy', () => {
    expect(freeLabId('perceptron', new Set())).toBe('perceptron-copy');
    expect(freeLabId('perceptron', new Set(['perceptron-copy']))).toBe('perceptron-copy-2');
    expect(freeLabId('perceptron-copy', new Set(['perceptron-copy']))).toBe('perceptron-copy-2');
    expect(freeLabId('x'.repeat(64), new Set())).toHaveLength(64);
    const copy = copyOfLab(lab('02-mcculloch-pitts.json'), new Set(['mcculloch-pitts']));
    expect(copy.id).toBe('mcculloch-pitts-copy');
    expect(copy.title).toBe('The McCulloch–Pitts neuron (copy)');
    expect(copyOfLab(copy, new Set([copy.id])).title).toBe('The McCulloch–Pitts neuron (copy)');
  });

  it('outlines a lab with its tasks for the report', () => {
    const [outline] = labOutlines([lab('02-mcculloch-pitts.json')]);
    expect(outline.id).toBe('mcculloch-pitts');
    expect(outline.tasks.map((t) => t.id)).toEqual([
      'and',
      'majority',
      'and-not',
      'two-units',
      'weighted-veto',
    ]);
  });

  it('summarises an import in words', () => {
    expect(partStatus({ status: 'conflict' })).toMatch(/asked/);
    const lines = importSummary({
      title: 'Week 3',
      applied: true,
      conflicts: [],
      labs: [
        {
          kind: 'lab',
          file: 'labs/a.json',
          id: 4,
          name: 'a-2',
          title: 'A lab (2)',
          action: 'kept-both',
        },
      ],
      datasets: [
        { kind: 'dataset', file: 'd', id: 1, name: 'xor', title: 'xor', action: 'unchanged' },
      ],
      designs: [],
    });
    expect(lines).toEqual([
      'Imported “Week 3”: 1 of 2 parts added or replaced.',
      'Lab “A lab (2)”: added under a new name, beside the existing one.',
      'Dataset “xor”: already here.',
    ]);
  });
});
