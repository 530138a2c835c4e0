// Why a stored run ended, as the Experiments list and a reopened run say it: the engine's code
// and values in the reader's language; a run stored before schema 7 (English only) as it is.
import { describe, expect, it } from 'vitest';
import { problemDetail } from '../../../src-main/contract/engine-detail';
import { earlyStopped, lossNotFinite, stoppedByUser } from '../../../src-engine/train/run-endings';
import { reasonText } from '../../../src-renderer/i18n/run-reason';
import { summary } from './fixtures';
import { inSpanish } from '../in-spanish';

/** A list entry as main sends it for a run that ended with `ending`. */
const endedWith = (ending: ReturnType<typeof stoppedByUser>) =>
  summary({ status: 'stopped', reason: ending.message, reasonDetail: problemDetail(ending) });

describe('a stored run’s reason in Spanish', () => {
  inSpanish();

  it('says early stopping, a stop by the user and a NaN loss in Spanish', () => {
    expect(reasonText(endedWith(earlyStopped(5, 0.2, 12, true)))).toBe(
      'la pérdida de validación no mejoró en 5 épocas (la mejor, 0,2000, en la época 12); ' +
        'se restauraron los pesos de la época 12',
    );
    expect(reasonText(endedWith(stoppedByUser(3)))).toBe('detenido por el usuario tras la época 3');
    const nan = reasonText(endedWith(lossNotFinite(NaN, 4, 2, 0.5)));
    expect(nan).toContain('NaN');
    expect(nan).toMatch(/época 4/);
    expect(nan).toContain('(ahora 0,5)');
    expect(nan).not.toMatch(/epoch|learning rate/);
  });

  it('keeps the English of a run stored before the detail existed, and of a disk fault', () => {
    const old = summary({ status: 'stopped', reason: 'stopped by the user after epoch 3' });
    expect(reasonText(old)).toBe('stopped by the user after epoch 3');
    expect(reasonText(summary({ reason: null }))).toBeNull();
  });
});

describe('a stored run’s reason in English', () => {
  it('reads exactly as the engine wrote it', () => {
    const ending = earlyStopped(5, 0.2, 12, false);
    expect(reasonText(endedWith(ending))).toBe(ending.message);
  });
});
