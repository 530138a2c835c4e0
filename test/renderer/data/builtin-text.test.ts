// The built-in datasets read in the interface's language: English exactly as main's catalogue
// says it (so the message file cannot drift from it), Spanish for every name, description and
// parameter; a dataset the message files do not know keeps main's words.
import { afterEach, describe, expect, it } from 'vitest';
import { listBuiltins } from '../../../src-main/builtin-data';
import type { BuiltinDataset } from '../../../src-main/contract/types';
import { builtinText } from '../../../src-renderer/data/builtin-text';
import { i18n } from '../../../src-renderer/i18n';

const catalogue: BuiltinDataset[] = listBuiltins().map((b) => ({
  name: b.name,
  label: b.label,
  task: b.task,
  description: b.description,
  kind: b.parameters.length === 0 ? 'table' : 'generator',
  parameters: b.parameters,
}));

/** Every word a dataset shows: its name, description, parameters' labels and help. */
const words = (b: BuiltinDataset): string[] => [
  b.label,
  b.description,
  ...b.parameters.flatMap((p) => [p.label, p.description]),
];

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('the built-in datasets in the interface’s language', () => {
  it('English: every word as main’s catalogue has it', () => {
    for (const b of catalogue) expect(builtinText(b), b.name).toEqual(b);
  });

  it('Spanish: every name, description and parameter translated (truth-table names aside)', () => {
    i18n.global.locale.value = 'es';
    const same = new Set(['AND', 'OR', 'NOT', 'XOR']);
    for (const b of catalogue) {
      const english = words(b);
      const spanish = words(builtinText(b));
      spanish.forEach((w, i) => {
        if (!same.has(w)) expect(w, `${b.name}: ${english[i]}`).not.toBe(english[i]);
      });
    }
    const spiral = builtinText(catalogue.find((b) => b.name === 'spiral')!);
    expect([spiral.label, spiral.description]).toEqual(['Espiral', 'dos espirales entrelazadas']);
    expect(spiral.parameters.map((p) => p.label)).toEqual(['Muestras', 'Ruido', 'Semilla']);
  });

  it('a dataset the message files do not know keeps main’s words, and the argument is not changed', () => {
    i18n.global.locale.value = 'es';
    const novel: BuiltinDataset = {
      name: 'checkerboard',
      label: 'Checkerboard',
      task: 'classification',
      description: 'alternating squares',
      kind: 'generator',
      parameters: [
        {
          ...catalogue[0].parameters[0],
          name: 'squares',
          label: 'Squares',
          description: 'per side',
        },
        catalogue[0].parameters[0],
      ],
    };
    const copy = structuredClone(novel);
    const shown = builtinText(novel);
    expect([shown.label, shown.description]).toEqual(['Checkerboard', 'alternating squares']);
    expect(shown.parameters.map((p) => [p.label, p.description])).toEqual([
      ['Squares', 'per side'],
      ['Muestras', 'número de puntos generados'],
    ]);
    expect(novel).toEqual(copy);
  });
});
