import { cloneJson } from '../../../src-engine/core/clone-json';
import { i18n } from '../../i18n';
import type { Lab } from '../lab-schema';

/** The longest lab id the store accepts. */
const MAX_ID = 64;

/**
 * A free lab id made from `id`: `<id>-copy`, then `<id>-copy-2`, … (shortened to fit 64).
 * @param taken every lab id in use (built-in and the teacher's)
 */
export function freeLabId(id: string, taken: ReadonlySet<string>): string {
  const stem = id.replace(/-copy(-\d+)?$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${stem.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A copy of a lab under a free id, titled "… (copy)" in the interface's language (a copy of
 * a copy is not marked twice). */
export function copyOfLab(lab: Lab, taken: ReadonlySet<string>): Lab {
  const copy = cloneJson(lab);
  const suffix = i18n.global.t('labs-teacher.copy.suffix');
  const base = lab.title.endsWith(suffix) ? lab.title.slice(0, -suffix.length) : lab.title;
  copy.id = freeLabId(lab.id, taken);
  copy.title = `${base}${suffix}`.slice(0, 200);
  return copy;
}
