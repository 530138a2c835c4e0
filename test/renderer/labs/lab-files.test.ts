// Every shipped lab file validates, in the lecture's order; malformed files are named with the field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledLabs } from '../../../src-renderer/labs/bundled-labs';
import { loadLabs } from '../../../src-renderer/labs/lab-loader';
import { LabFileError, parseLab } from '../../../src-renderer/labs/lab-schema';

const DIR = join(__dirname, '../../../resources/labs');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

describe('shipped lab files', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it.each(files)('%s validates', (file) => {
    expect(() => parseLab(read(file), file)).not.toThrow();
  });

  it('each state the language they are written in', () => {
    expect(files.filter((file) => read(file).language !== 'en')).toEqual([]);
  });

  it('are all bundled, without problems, in the order of the lecture', () => {
    const { labs, problems } = bundledLabs();
    expect(problems).toEqual([]);
    // the lecture's order: the neuron and its history, the units, activations, gradient-based
    // learning, feed-forward networks (decision surfaces, activations, topology), then the
    // backpropagation algorithm (batch size after decision surfaces, the loss, the backward pass)
    expect(labs.map((l) => l.id)).toEqual([
      'neuron-history',
      'mcculloch-pitts',
      'perceptron',
      'adaline',
      'xor',
      'activation-functions',
      'gradient-descent',
      'backpropagation',
      'minima-saddles',
      'sigmoid-neuron',
      'learning-rate-schedules',
      'decision-boundaries',
      'choosing-activations',
      'choosing-topology',
      'batch-size',
      'softmax-cross-entropy',
      'delta-recursion',
    ]);
    expect(labs.map((l) => l.order)).toEqual(labs.map((_, i) => i + 1));
    // each file is named after its place and id
    expect([...files].sort()).toEqual(
      labs.map((l) => `${String(l.order).padStart(2, '0')}-${l.id}.json`),
    );
  });

  it.each(files)('%s says nothing twice: no two paragraphs open with the same sentence', (file) => {
    const paragraphs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
          if (k === 'p' && typeof x === 'string') paragraphs.push(x);
          else walk(x);
    };
    walk(read(file));
    const openings = paragraphs.map((p) => p.split(/(?<=[.:?!])\s/)[0]);
    expect(openings.filter((o, i) => openings.indexOf(o) !== i)).toEqual([]);
  });
});

describe('parseLab on malformed files', () => {
  const good = (): Record<string, unknown> => read('02-mcculloch-pitts.json');
  const problemsOf = (data: unknown): string[] => {
    try {
      parseLab(data, 'bad.json');
    } catch (error) {
      expect(error).toBeInstanceOf(LabFileError);
      expect((error as Error).message.startsWith('bad.json: ')).toBe(true);
      return (error as LabFileError).problems;
    }
    throw new Error('expected the lab to be refused');
  };

  it('refuses a non-object', () => {
    expect(problemsOf([])).toEqual(['the lab must be a JSON object']);
  });

  it('names a missing title and a bad order', () => {
    const lab = good();
    delete lab.title;
    lab.order = 0;
    expect(problemsOf(lab)).toEqual([
      'order: must be a whole number from 1 to 999, got 0',
      'title: must be a non-empty text',
    ]);
  });

  it('names an unknown check kind by its path', () => {
    const lab = good();
    const activities = lab.activities as { task: { check: { kind: string } } }[];
    activities[1].task.check.kind = 'guess';
    const [problem] = problemsOf(lab);
    expect(problem).toMatch(
      /^activities\[1\]\.task\.check\.kind: unknown check "guess" \(known: truth-table-equals, /,
    );
  });

  it('names a bad check parameter and a bad figure setup', () => {
    const lab = good();
    const activities = lab.activities as {
      task: { check: Record<string, unknown> };
      figure: { setup: { nodes: { sources: string[] }[] }; controls: Record<string, string> };
    }[];
    activities[0].task.check.outputs = [0, 2, 0];
    activities[2].figure.setup.nodes[0].sources = ['nowhere'];
    activities[3].figure.controls = { sliders: 'shown' };
    expect(problemsOf(lab)).toEqual([
      "activities[0].task.check.outputs: parameter 'outputs' of check 'truth-table-equals', task 'and' in lab 'mcculloch-pitts': must be a list of 0/1 outputs, one per row (2, 4, 8, … rows)",
      "activities[2].figure.setup: McCulloch–Pitts network: node 'c' has 1 sources for 2 unit inputs",
      'activities[3].figure.controls.sliders: unknown control (known: weights, kinds, threshold, mode)',
    ]);
  });

  it('refuses duplicate task ids, a bad block and a wrong format version', () => {
    const lab = good();
    lab.format = 2;
    const activities = lab.activities as { task: { id: string }; blocks: unknown[] }[];
    activities[1].task.id = 'and';
    activities[0].blocks = [{ p: 'x', tex: 'y' }];
    expect(problemsOf(lab)).toEqual([
      'format: must be 1, got 2',
      'activities[0].blocks[0]: must be exactly one of { p }, { tex } or { list }',
      "activities[1].task.id: 'and' is used twice",
    ]);
  });

  it('reads a missing language as English, and refuses one that is not a language tag', () => {
    const lab = good();
    expect(parseLab(lab, 'x.json').language).toBe('en');
    delete lab.language;
    expect(parseLab(lab, 'x.json').language).toBe('en');
    expect(parseLab({ ...lab, language: 'es' }, 'x.json').language).toBe('es');
    expect(problemsOf({ ...lab, language: 'Spanish' })).toEqual([
      'language: must be a language tag such as "en" or "es", got "Spanish"',
    ]);
  });

  it('names an unknown figure, an unknown field and a hostile key by their path', () => {
    const lab = good();
    const activities = lab.activities as { figure: Record<string, unknown> }[];
    activities[1].figure.kind = 'foo';
    activities[2].figure.setup = JSON.parse('{"__proto__": {"polluted": true}}');
    lab.script = 'alert(1)';
    const problems = problemsOf(lab);
    expect(problems[0]).toBe("unexpected field 'script'");
    expect(problems[1]).toMatch(
      /^activities\[1\]\.figure\.kind: unknown figure "foo" \(known: mp-builder, /,
    );
    expect(problems).toContain("activities[2].figure.setup: unexpected field '__proto__'");
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('names a bad perceptron point', () => {
    const lab = read('03-perceptron.json');
    const act = (lab.activities as { figure: { setup: { points: unknown[] } } }[])[0];
    act.figure.setup.points[2] = [1, 2, 5];
    expect(problemsOf(lab)).toEqual(['activities[0].figure.setup.points[2]: t must be 0 or 1']);
  });
});

describe('loadLabs', () => {
  it('keeps the good labs, orders them and reports the bad file and duplicate ids', () => {
    const a = read('03-perceptron.json');
    const b = read('02-mcculloch-pitts.json');
    const { labs, problems } = loadLabs({
      '/x/02.json': { default: a },
      '/x/01.json': b,
      '/x/03.json': { default: { ...b } },
      '/x/bad.json': { default: 'nope' },
    });
    expect(labs.map((l) => l.id)).toEqual(['mcculloch-pitts', 'perceptron']);
    expect(problems).toEqual([
      "03.json: id: 'mcculloch-pitts' is already used by 01.json",
      'bad.json: the lab must be a JSON object',
    ]);
  });
});
