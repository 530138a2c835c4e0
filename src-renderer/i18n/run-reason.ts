/**
 * Why a run ended, in the reader's language. Main sends (runs:status) and stores (the
 * experiment record) the engine's English reason and, when the engine gave one, its code and
 * values; the English stays for reasons without a code: runs ended by versions before schema
 * 7, a disk that failed, a start main refused.
 */
import type { ErrorDetail } from '../../src-main/contract/result';
import { errorText } from './error-text';
import { formatFixed } from './format';
import { i18n } from './index';
import { SOURCE_LOCALE } from './locales';

/** The values a run's ending writes as decimal numbers (run-endings.ts: "0.7038", "0.01"). */
const DECIMALS = ['best', 'rate'];

/** The ending's numbers with the language's decimal sign (0,7038), their digits kept. In the
 * source language they stay as the engine wrote them, so its English reads unchanged. */
function localNumbers(detail: ErrorDetail): ErrorDetail {
  if (i18n.global.locale.value === SOURCE_LOCALE) return detail;
  const params = { ...detail.params };
  for (const name of DECIMALS) {
    const written = params[name];
    const plain = typeof written === 'string' && /^-?\d+\.(\d+)$/.exec(written);
    if (plain) params[name] = formatFixed(Number(written), plain[1].length);
  }
  return { ...detail, params };
}

export function reasonText(run: {
  reason?: string | null;
  reasonDetail?: ErrorDetail;
}): string | null {
  if (run.reasonDetail)
    return errorText({ message: run.reason ?? '', detail: localNumbers(run.reasonDetail) });
  return run.reason ?? null;
}
