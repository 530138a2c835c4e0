// A built-in dataset asked for with an unknown name or a parameter out of range (datasets:generate)
// is refused with a message id and values (src-main/builtin-data/errors.ts): each id has an
// English and a Spanish message naming exactly its values, and a real refusal reads in Spanish
// with the language's numbers.
import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../../src-main/builtin-data/catalogue';
import { BUILTIN_MESSAGES, type BuiltinMessageId } from '../../../src-main/builtin-data/errors';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { messages, type MessageTree } from '../../../src-renderer/i18n/messages';
import { languageSwitch } from '../in-spanish';
import { mainRefusal } from './main-refusal';

const setLanguage = languageSwitch();
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('built-in dataset refusals', () => {
  it('every id has a message in both languages naming exactly its values', () => {
    for (const id of Object.keys(BUILTIN_MESSAGES) as BuiltinMessageId[]) {
      for (const locale of ['en', 'es'] as const) {
        const area = (messages[locale].errors as MessageTree).builtin as MessageTree;
        const text = area[id];
        expect(text, `${locale}: ${id}`).toBeTypeOf('string');
        expect(placeholders(text as string), `${locale}: ${id}`).toEqual(
          [...BUILTIN_MESSAGES[id]].sort(),
        );
      }
    }
  });

  it('a parameter out of its range: its bounds and value in Spanish numbers', async () => {
    const error = await mainRefusal(() => loadBuiltin('circle', { noise: 0.75 }));
    expect(error.message).toMatch(/^built-in dataset 'circle': parameter 'noise' \(Noise\)/);
    expect(error.detail).toEqual({
      key: 'builtin.number',
      params: { name: 'circle', param: 'noise', min: 0, max: 0.5, got: 0.75 },
    });
    setLanguage('es');
    expect(errorText(error)).toBe(
      "conjunto de datos integrado 'circle': el parámetro 'noise' debe ser un número de 0 a 0,5; hay 0,75",
    );
    setLanguage('en');
    expect(errorText(error)).toBe(
      "built-in dataset 'circle': parameter 'noise' must be a number from 0 to 0.5, got 0.75",
    );
  });

  it('an unknown dataset and an unknown parameter are said in Spanish', async () => {
    setLanguage('es');
    const unknown = await mainRefusal(() => loadBuiltin('spirals'));
    expect(errorText(unknown)).toMatch(
      /^conjunto de datos integrado desconocido: 'spirals' \(se conocen: .*circle/,
    );
    const param = await mainRefusal(() => loadBuiltin('circle', { radius: 2 }));
    expect(errorText(param)).toMatch(
      /^conjunto de datos integrado 'circle': parámetro desconocido 'radius' \(sus parámetros son count, /,
    );
    const none = await mainRefusal(() => loadBuiltin('iris', { count: 2 }));
    expect(errorText(none)).toBe(
      "conjunto de datos integrado 'iris': parámetro desconocido 'count' (no admite parámetros)",
    );
  });
});
