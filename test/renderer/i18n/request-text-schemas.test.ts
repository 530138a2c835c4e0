// Refusals of the datasets, settings, chart, export and teacher-mode calls as a reader sees
// them: English exactly as main wrote it, Spanish with the request's own values and its fields
// named in Spanish (the path as the request writes it in brackets).
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/contract/dispatch';
import { withNotImplemented } from '../../../src-main/contract/handlers';
import type { LabError } from '../../../src-main/contract/result';
import { errorText } from '../../../src-renderer/i18n/error-text';
import { languageSwitch } from '../in-spanish';

const use = languageSwitch();

async function refusal(name: string, payload: unknown): Promise<LabError> {
  const result = await dispatch(withNotImplemented({}), name, payload, { host: 'local' });
  if (result.ok) throw new Error('expected main to refuse');
  return result.error;
}

/** The refusal in Spanish, after checking that English says main's own message. */
async function inSpanish(name: string, payload: unknown): Promise<string> {
  const error = await refusal(name, payload);
  use('en');
  expect(errorText(error)).toBe(error.message);
  use('es');
  return errorText(error);
}

describe('a refusal of any schema in Spanish', () => {
  it('datasets: a built-in name and the number of parameters', async () => {
    const params = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`p${i}`, i]));
    expect(await inSpanish('datasets:generate', { name: 'Spiral!', params })).toBe(
      'datasets:generate: nombre (name): se esperaba el nombre de un conjunto de datos incorporado; ' +
        'parámetros (params): se esperaban como mucho 32 parámetros',
    );
    const chunk = { step: 'chunk', uploadId: 'u', offset: 0, bytes: new Uint8Array(0) };
    expect(await inSpanish('datasets:upload', chunk)).toBe(
      'datasets:upload: bytes (bytes): se esperaban de 1 a 8388608 bytes',
    );
  });

  it('settings: a language not offered, a long folder path, not an object', async () => {
    expect(await inSpanish('settings:set', { language: 'fr', parallelRuns: 'many' })).toBe(
      'settings:set: idioma (language): se esperaba uno de estos valores: en, es; ' +
        'entrenamientos a la vez (parallelRuns): se esperaba "auto" o un número entero de 1 a 32',
    );
    expect(await inSpanish('settings:set', { dataFolder: 'x'.repeat(5000) })).toBe(
      'settings:set: carpeta de datos (dataFolder): se esperaba la ruta de una carpeta de como mucho 4096 caracteres',
    );
    const error = await refusal('settings:set', 'dark');
    use('es');
    expect(errorText(error)).toBe('settings:set: se esperaba un objeto');
  });

  it('a chart picture that is not what it claims', async () => {
    const bytes = new TextEncoder().encode('<svg></svg>');
    expect(await inSpanish('export:chart', { name: '../loss', format: 'png', bytes })).toBe(
      'export:chart: nombre (name): se esperaba un nombre de gráfico de letras, dígitos, ".", "_" y "-" (como mucho 100); ' +
        'bytes (bytes): se esperaba una imagen PNG',
    );
  });

  it('export: too few experiments, counted in the language', async () => {
    expect(await inSpanish('export:report', { experimentIds: [], format: 'html' })).toBe(
      'export:report: experimentos (experimentIds): se esperaba al menos 1 experimento',
    );
    expect(await inSpanish('experiments:compare', { ids: [1] })).toBe(
      'experiments:compare: identificadores (ids): se esperaban al menos 2 experimentos',
    );
  });

  it('teacher mode: a lab id, an answer, a lab document’s own problem', async () => {
    const answer = { labId: 'Lab One', taskId: 't', done: true, answer: '{' };
    expect(await inSpanish('progress:set', answer)).toBe(
      'progress:set: práctica (labId): se esperaba el identificador de una práctica (letras minúsculas, dígitos y guiones, como mucho 64); ' +
        'respuesta (answer): se esperaba texto JSON (como lo escribe JSON.stringify)',
    );
    // said as a lab file's problems are, in either language
    const lab = await refusal('labs:save', { document: 3 });
    use('es');
    expect(errorText(lab)).toBe(
      'labs:save: documento (document): debe ser un objeto, pero es un número',
    );
  });

  it('a field the renderer has no word for keeps its path as written', async () => {
    const error = await refusal('datasets:generate', { name: 'spiral', params: { noise: 'a' } });
    use('es');
    expect(errorText(error)).toBe(
      'datasets:generate: params.noise: se esperaba un número de -1000000000 a 1000000000',
    );
    const proto = await refusal('datasets:generate', {
      name: 'spiral',
      params: { constructor: 'a' },
    });
    expect(errorText(proto)).toMatch(/^datasets:generate: params\.constructor: /);
  });
});
