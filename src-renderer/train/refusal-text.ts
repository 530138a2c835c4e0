/**
 * A live setting the running trainer refused, in the reader's language: the value asked for
 * (its digits as typed, with the language's signs), the engine's reason, and the setting the
 * run goes on with.
 */
import type { CommandRefusal } from '../../src-engine/train/run-commands';
import { engineText } from '../i18n/engine-text';
import { formatSignificant } from '../i18n/format';
import { i18n } from '../i18n';
import { localNumber } from '../i18n/local-number';

const asked = (value: number): string => localNumber(value) ?? String(value);

export function refusalText({ command, problem, settings }: CommandRefusal): string {
  const { t } = i18n.global;
  const why = engineText(problem);
  if (command.type === 'set-rate') {
    const kept = formatSignificant(settings.learningRate, 6);
    return t('train.settings.refusal.rate', { asked: asked(command.learningRate), why, kept });
  }
  if (command.type === 'pace' && command.epochsPerSecond !== null) {
    const pace = settings.epochsPerSecond;
    const kept =
      pace === null
        ? t('train.settings.refusal.keptFastest')
        : t('train.settings.refusal.keptPace', { pace: formatSignificant(pace, 6) });
    return t('train.settings.refusal.pace', { asked: asked(command.epochsPerSecond), why, kept });
  }
  return t('train.settings.refusal.other', { why });
}
