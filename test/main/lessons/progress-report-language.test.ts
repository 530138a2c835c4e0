// The progress report in the interface's language: its own words, day and numbers follow the
// request's `language` (English when there is none, and the answer says which); the labs'
// titles and prompts stay as the labs have them.
import { describe, expect, it } from 'vitest';
import type { ProgressReportFiles } from '../../../src-main/contract/types';
import { progressReport } from '../../../src-main/lessons/progress-report';
import { LANGUAGES } from '../../../src-main/contract/languages';
import { NOW, teacherFixture } from './lesson-fixture';

const labs = [
  {
    id: 'perceptron',
    title: 'The perceptron',
    tasks: [
      { id: 'a', prompt: 'Predict the update' },
      { id: 'b', prompt: 'Separate the points' },
      { id: 'c', prompt: 'Third task' },
    ],
  },
];
const progress = {
  perceptron: { done: ['a', 'b'], answers: { a: '"dos"', c: '"quizá"' }, updatedAt: NOW },
  'gone-lab': { done: ['x'], answers: {}, updatedAt: NOW },
};

/** The report's files by extension, as text. */
const texts = (report: ProgressReportFiles): Record<string, string> =>
  Object.fromEntries(
    report.files.map((f) => [f.fileName.split('.').pop()!, new TextDecoder().decode(f.bytes)]),
  );

describe('the progress report in Spanish', () => {
  const report = progressReport(labs, progress, NOW, 'Ana García', 'es');

  it('writes its headings, table headers and verdicts in Spanish', () => {
    expect(report.language).toBe('es');
    expect(report.markdown).toContain('# Informe de progreso de Neuron Lab — Ana García');
    expect(report.markdown).toContain('Estudiante: Ana García');
    expect(report.markdown).toContain('| Práctica | Tareas hechas |');
    expect(report.markdown).toContain('| gone-lab | 1 (práctica no encontrada) |');
    expect(report.markdown).toContain('  - Respuesta: `dos`');
    expect(report.html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
    expect(report.html).toContain(
      '<th scope="col">Práctica</th><th scope="col">Tareas hechas</th>',
    );
    expect(report.html).toContain('<span class="mark">hecha</span> Predict the update');
    expect(report.html).toContain('<span class="mark">sin hacer</span>');
    expect(report.html).not.toMatch(/\b(Student|Date|Tasks done|Answer|not done)\b/);
  });

  it('writes the day and the share of tasks done as Spanish does', () => {
    expect(report.markdown).toContain('Fecha: 28 de noviembre de 2026');
    // 2 of the 3 listed tasks: a decimal comma, a space before the percent sign
    expect(report.markdown).toContain('Tareas hechas: 2 de 3 (66,7\u00a0%)');
    expect(report.html).toContain('Tareas hechas: 2 de 3 (66,7\u00a0%)');
  });

  it("keeps the labs' own titles and prompts as they are", () => {
    expect(report.markdown).toContain('| The perceptron | 2 / 3 |');
    expect(report.markdown).toContain('- [x] Predict the update');
  });

  it('the same report in English differs only in its own words', () => {
    const english = progressReport(labs, progress, NOW, 'Ana García');
    expect(english.language).toBe('en');
    expect(english.markdown).toContain('Date: 28 November 2026');
    expect(english.markdown).toContain('Tasks done: 2 of 3 (66.7%)');
    expect(english.markdown).toContain('| The perceptron | 2 / 3 |');
  });

  it('has its words in every language the interface speaks', () => {
    for (const language of LANGUAGES) {
      const r = progressReport(labs, progress, NOW, undefined, language);
      expect(r.html).toContain(`<html lang="${language}">`);
      expect(r.markdown).not.toContain('undefined');
    }
  });
});

describe('progress:report with a language', () => {
  it('answers in the language asked for, and says English when none is asked', async () => {
    const t = teacherFixture();
    const spanish = await t.value<ProgressReportFiles>('progress:report', {
      language: 'es',
      labs,
    });
    expect(spanish.language).toBe('es');
    expect(texts(spanish).md).toContain('Tareas hechas: 0 de 3 (0\u00a0%)');
    const none = await t.value<ProgressReportFiles>('progress:report', { labs });
    expect(none.language).toBe('en');
    expect(texts(none).md).toContain('Tasks done: 0 of 3 (0%)');
  });

  it('refuses a language the interface does not speak, naming the field', async () => {
    const r = await teacherFixture().call('progress:report', { language: 'fr' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-request' });
    expect(!r.ok && r.error.message).toMatch(/^progress:report: language: /);
  });
});
