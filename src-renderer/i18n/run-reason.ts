/**
 * Why a run ended, in the reader's language. Main sends (runs:status) and stores (the
 * experiment record) the engine's English reason and, when the engine gave one, its code and
 * values; the English stays for reasons without a code: runs ended by versions before schema
 * 7, a disk that failed, a start main refused. The ending's numbers ("0.7038", "0.01") are
 * written with the language's signs where every engine message's are (engine-text.ts).
 */
import type { ErrorDetail } from '../../src-main/contract/result';
import { errorText } from './error-text';

/** Why a run ended as main sent or stored it: kept so, and said when shown, so that the text
 * follows a change of language. */
export interface RunEnding {
  reason?: string | null;
  reasonDetail?: ErrorDetail;
}

export function reasonText(run: RunEnding): string | null {
  if (run.reasonDetail) return errorText({ message: run.reason ?? '', detail: run.reasonDetail });
  return run.reason ?? null;
}
