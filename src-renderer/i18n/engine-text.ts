/**
 * A problem the engine reports (src-engine/core/engine-error.ts), in the reader's language:
 * looked up by its code in the message area `engine`, its values filled in, the problems it
 * lists said one by one. A code this version has no message for keeps the engine's English,
 * so a new problem is never blank. In English, values are written as the engine wrote them,
 * so English reads exactly as the engine's message; another language writes their numbers
 * with its own signs (0,5 and 10.000 in Spanish), except the numbers that name a place.
 */
import { isAboutLayer, problemOf, type EngineProblem } from '../../src-engine/core/engine-error';
import { i18n } from './index';
import { localNumber } from './local-number';
import { SOURCE_LOCALE } from './locales';

/** A problem as it arrives: from the engine itself, or from main through a LabError. */
export type EngineSaid = Pick<EngineProblem, 'values' | 'message'> & {
  code: string;
  parts?: EngineSaid[];
};

/** Values that name a place (a layer, a row, an epoch) rather than measure: never grouped. */
const PLACES = new Set(['layer', 'row', 'column', 'entry', 'epoch', 'batch', 'index', 'last']);

function filled(said: EngineSaid): Record<string, string> {
  const { t, te } = i18n.global;
  const local = i18n.global.locale.value !== SOURCE_LOCALE;
  const written = (value: string | number): string =>
    (local && localNumber(value)) || String(value);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(said.values))
    out[name] = PLACES.has(name) ? String(value) : written(value);
  const kind = said.values.gotKind;
  if (kind !== undefined && te(`engine.got.${kind}`)) {
    out.got = t(`engine.got.${kind}`, { count: written(said.values.gotCount ?? 0) });
  }
  if (out.part !== undefined && te(`engine.part.${out.part}`))
    out.part = t(`engine.part.${out.part}`);
  if (said.parts) out.parts = said.parts.map((part) => engineText(part)).join('; ');
  return out;
}

/**
 * `said` in the current language; see the file comment for the fallback.
 * @param onLayer true where the layer is already shown (the Design view's block): a spec's
 *   problem about one layer is then said without its "layer n: "
 */
export function engineText(said: EngineSaid, onLayer = false): string {
  const { t, te } = i18n.global;
  const id = `engine.${said.code}`;
  if (!te(id))
    return onLayer && isAboutLayer(said) ? said.message.replace(/^layer \d+: /, '') : said.message;
  const values = filled(said);
  const text = t(id, values);
  return isAboutLayer(said) && !onLayer
    ? t('engine.atLayer', { layer: values.layer, problem: text })
    : text;
}

/** What a thrown error says: an engine problem in the reader's language, any other error's
 * own message. */
export function thrownText(error: unknown): string {
  const problem = problemOf(error);
  if (problem) return engineText(problem);
  return error instanceof Error ? error.message : String(error);
}
