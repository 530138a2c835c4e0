// A teacher's lab whose training figure has a network that cannot work (the engine's check) or
// does not fit its dataset: main names the problem by id and values, and a Spanish teacher reads
// it in Spanish with the file's numbers; English stays main's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLab, type LabIssue } from '../../../../src-main/contract/lab-document';
import { placedProblemText } from '../../../../src-renderer/labs/teacher/lab-problem-text';
import { languageSwitch } from '../../in-spanish';

const use = languageSwitch();
const file = join(__dirname, '../../../../resources/labs/11-learning-rate-schedules.json');

/** The problems of the schedule lab with its first figure's setup changed. */
function issues(change: (setup: Record<string, unknown>) => void): LabIssue[] {
  const lab = JSON.parse(readFileSync(file, 'utf8'));
  change(lab.activities[0].figure.setup);
  const checked = checkLab(lab);
  if (checked.ok) throw new Error('the changed lab passed');
  return checked.issues;
}

const PATH = 'activities[0].figure.setup';

describe('a training figure’s network in a lab file', () => {
  it('the engine’s check: its code, the layer and the units found', () => {
    const [issue] = issues((s) => {
      s.network = { inputs: 1, layers: [{ units: 0, activation: 'linear' }] };
    });
    expect(issue.detail).toMatchObject({
      key: 'engine',
      params: { code: 'spec.units', layer: 1, max: 65_536, got: '0', gotKind: 'value' },
    });
    use('en');
    expect(placedProblemText(issue)).toBe(`${PATH}.network: ${issue.message}`);
    use('es');
    expect(placedProblemText(issue)).toBe(
      `${PATH}.network: capa 1: las unidades deben ser un número entero de 1 a 65.536; hay 0`,
    );
  });

  it('a network that does not fit the dataset names both sizes', () => {
    const [issue] = issues((s) => {
      s.network = { inputs: 3, layers: [{ units: 2, activation: 'linear' }] };
    });
    expect(issue.detail).toMatchObject({ key: 'networkFits', params: { inputs: 1, outputs: 1 } });
    use('en');
    expect(placedProblemText(issue)).toBe(
      `${PATH}.network: must take 1 inputs and give 1 outputs, as the dataset has`,
    );
    use('es');
    expect(placedProblemText(issue)).toBe(
      `${PATH}.network: debe tomar 1 entradas y dar 1 salidas, como el conjunto de datos`,
    );
  });

  it('too many samples for an instant run', () => {
    const [issue] = issues((s) => {
      (s.dataset as { params: { count: number } }).params.count = 600;
    });
    expect(issue.detail).toEqual({ key: 'tooManySamples', params: { max: 500, received: '600' } });
    use('es');
    expect(placedProblemText(issue)).toBe(
      `${PATH}.dataset.params.count: como máximo 500 muestras (las ejecuciones son instantáneas)`,
    );
  });
});
