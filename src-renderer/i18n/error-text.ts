/**
 * An error from main as the reader's language says it. Main writes every message in English
 * (the command line and the logs read that); an error that also carries a message id and its
 * values (LabError.detail) is written again here from the message area `errors`. An error
 * without one, or with an id this version does not know, shows main's English text as it is,
 * so a new error is never blank.
 */
import type { ErrorDetail, LabError } from '../../src-main/contract/result';
import { engineText, type EngineSaid } from './engine-text';
import { formatCount, formatDecimal } from './format';
import { i18n } from './index';
import { requestText } from './request-text';

const ENGINE_PREFIX = 'engine.';

function engineSaid(message: string, detail: ErrorDetail): EngineSaid {
  return {
    code: detail.key.slice(ENGINE_PREFIX.length),
    values: detail.params,
    message,
    parts: detail.parts?.map((part) => engineSaid(part.message, part)),
  };
}

/** Values that name a place (a line, a byte's offset) or a record (its id) rather than count:
 * no digit grouping. */
const PLACES = new Set(['row', 'line', 'opened', 'first', 'textRow', 'offset', 'record', 'id']);

/** The "data.csv: row 4, column 'age': " before a message about part of a file. */
function placeOf(params: Record<string, string>): string {
  const { t } = i18n.global;
  if (params.row !== undefined && params.column !== undefined)
    return t('errors.place.rowColumn', params);
  if (params.row !== undefined) return t('errors.place.row', params);
  if (params.column !== undefined) return t('errors.place.column', params);
  return t('errors.place.file', params);
}

/** `error` in the current language; see the file comment for the fallback. */
export function errorText(error: Pick<LabError, 'message' | 'detail'>): string {
  const { detail } = error;
  // the engine's problems, forwarded by main with their code (see src-main/contract/engine-detail.ts)
  if (detail?.key.startsWith(ENGINE_PREFIX)) return engineText(engineSaid(error.message, detail));
  // a request main's schema refused (see src-main/contract/request-detail.ts)
  if (detail?.key === 'request.invalid') return requestText(error.message, detail);
  const id = detail && `errors.${detail.key}`;
  if (!detail || !id || !i18n.global.te(id)) return error.message;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(detail.params)) {
    // a decimal keeps its digits (a range's 0.5 is not rounded to 1)
    if (typeof value !== 'number' || PLACES.has(name)) values[name] = String(value);
    else values[name] = Number.isInteger(value) ? formatCount(value) : formatDecimal(value, 20);
  }
  if (values.file !== undefined) values.at = placeOf(values);
  // the error inside this one ("… was not imported: {why}"), said the same way
  if (detail.parts?.length)
    values.why = detail.parts
      .map((part) => errorText({ message: part.message, detail: part }))
      .join('; ');
  const kind = detail.params.gotKind;
  if (typeof kind === 'string' && i18n.global.te(`errors.got.${kind}`))
    values.got = i18n.global.t(`errors.got.${kind}`, { count: values.gotCount ?? '0' });
  const count = detail.params.count;
  return typeof count === 'number' ? i18n.global.t(id, values, count) : i18n.global.t(id, values);
}
