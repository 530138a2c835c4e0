// The engine's problems reach a Spanish reader in Spanish, naming the same layer, field and
// values; in English they read exactly as the engine wrote them; a code the interface has no
// message for keeps the engine's English. Main forwards them through its errors' detail.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_CODES } from '../../../src-engine/core/engine-codes';
import { importModelJson } from '../../../src-main/export/model-json';
import { i18n } from '../../../src-renderer/i18n';
import { engineText } from '../../../src-renderer/i18n/engine-text';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { LOCALES } from '../../../src-renderer/i18n/locales';
import { messages, type MessageTree } from '../../../src-renderer/i18n/messages';
import { CASES } from '../../engine/core/engine-error-cases';
import { mainRefusal } from './main-refusal';

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

function message(locale: string, code: string): string | undefined {
  const node = `engine.${code}`
    .split('.')
    .reduce<string | MessageTree | undefined>(
      (at, part) => (at && typeof at === 'object' ? at[part] : undefined),
      messages[locale as keyof typeof messages],
    );
  return typeof node === 'string' ? node : undefined;
}

afterEach(() => {
  i18n.global.locale.value = 'en';
});

describe('engine messages', () => {
  for (const [code, make] of CASES) {
    it(`${code}: a message in every language, naming exactly the code's values`, () => {
      // a spec's problem about a layer names it before the message ("layer 2: …"), and a
      // message that lists other problems names them as {parts}
      const names: string[] = ENGINE_CODES[code].filter(
        (name) => !(name === 'layer' && code.startsWith('spec.')),
      );
      if (make().parts) names.push('parts');
      for (const locale of LOCALES) {
        const text = message(locale.id, code);
        expect(text, `${locale.id}: engine.${code}`).toBeTypeOf('string');
        expect(placeholders(text!), `${locale.id}: engine.${code}`).toEqual(names.sort());
      }
    });
  }

  for (const [code, make] of CASES) {
    it(`${code}: English is the engine's own message; Spanish differs and keeps its values`, () => {
      const problem = make();
      expect(engineText(problem)).toBe(problem.message);
      i18n.global.locale.value = 'es';
      const spanish = engineText(problem);
      expect(spanish).not.toBe(problem.message);
      for (const name of ['layer', 'field', 'row', 'count'] as const) {
        const value = problem.values[name];
        if (value !== undefined) expect(spanish).toContain(String(value));
      }
    });
  }

  it('a code without a message keeps the engine’s English', () => {
    i18n.global.locale.value = 'es';
    const problem = { code: 'spec.future', values: { layer: 3 }, message: 'layer 3: new rule' };
    expect(engineText(problem)).toBe('layer 3: new rule');
    expect(engineText(problem, true)).toBe('new rule');
  });

  it('a broken model file through main: Spanish names the layers, English is unchanged', async () => {
    const file = JSON.parse(
      readFileSync(new URL('../../fixtures/models/small-2-2-1.json', import.meta.url), 'utf8'),
    );
    file.spec.layers[0].activation = 'softmax';
    const error = await mainRefusal(() => importModelJson(JSON.stringify(file)));
    expect(error.message).toBe(
      'model file: spec: layer 1: softmax belongs on the output layer only',
    );
    expect(errorText(error)).toBe(error.message);
    i18n.global.locale.value = 'es';
    expect(errorText(error)).toBe(
      'archivo de modelo: spec: capa 1: softmax solo puede ir en la capa de salida',
    );
  });
});
