/**
 * File names inside a lesson. A lesson names the files its parts would be in a lab folder
 * (`perceptron.json`, `spiral.dataset`); a name that climbs out of that folder or points
 * elsewhere must never come in, whether or not anything is written to disk today.
 */
import type { LessonProblemId } from './lesson-problem';

/** The longest plain name (most file systems' limit). */
export const MAX_NAME = 255;

/** Why a name is not a plain file name: the reason in English after the name, and its id
 * (lesson-problem.ts) with the values it names. */
export interface NameProblem {
  id: LessonProblemId;
  reason: string;
  values?: Record<string, string | number>;
}

const why = (id: LessonProblemId, reason: string, values?: NameProblem['values']): NameProblem =>
  values ? { id, reason, values } : { id, reason };

/**
 * Why `name` is not a plain file name, or undefined when it is: no `/` or `\`, not `.` or
 * `..`, no drive (`C:`), no NUL or other control character, no direction mark or invisible
 * character, none of Windows' forbidden characters or device names (`CON`, `nul.json`), no
 * trailing dot or space, 1 to 255 characters: a name that is the same file everywhere.
 */
export function plainNameProblem(name: string): NameProblem | undefined {
  if (name.length === 0) return why('nameEmpty', 'is empty');
  if (name.length > MAX_NAME)
    return why('nameTooLong', `is longer than ${MAX_NAME} characters`, { max: MAX_NAME });
  if (name.includes('\0')) return why('nameNul', 'contains a NUL character');
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return why('nameControl', 'contains a control character');
  if (name.includes('/') || name.includes('\\')) {
    return name.includes('..')
      ? why('nameClimbs', 'climbs out of the lab folder (a path with "..")')
      : why('namePath', 'is a path, not a plain file name (contains "/" or "\\")');
  }
  if (name === '.' || name === '..') return why('nameDots', 'is not a file name (".." or ".")');
  if (/^[A-Za-z]:/.test(name)) return why('nameDrive', 'is an absolute path (starts with a drive)');
  const mark = BIDI.exec(name);
  if (mark) {
    const code = codePoint(mark[0]);
    return why(
      'nameBidi',
      `contains an invisible direction mark (${code}) that makes the name read otherwise than it is`,
      { code },
    );
  }
  const invisible = INVISIBLE.exec(name);
  if (invisible) {
    const code = codePoint(invisible[0]);
    return why('nameInvisible', `contains an invisible character (${code})`, { code });
  }
  if (WINDOWS_FORBIDDEN.test(name))
    return why(
      'nameWindowsChar',
      'contains a character Windows does not allow in names (< > : " | ? *)',
    );
  if (isReservedName(name))
    return why(
      'nameDevice',
      'is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1…, LPT1…)',
    );
  if (/[. ]$/.test(name))
    return why('nameTrailing', 'ends with a dot or a space, which Windows drops');
  return undefined;
}

/** Marks that reorder how text is shown (U+202E shows "gpj.exe" as "exe.jpg"). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Characters that take no room: two names that look the same would be different files. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;

/** Whether Windows keeps this name for a device, whatever its extension (`nul.json` too). */
export function isReservedName(name: string): boolean {
  const stem = name.split('.')[0].trimEnd();
  return /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i.test(stem);
}

const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A name as it may be shown in a message: control, direction and invisible characters as
 * `\u202e`, so that the message reads as the name really is. */
export function visibleName(name: string): string {
  return name.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is shown
    /[\u0000-\u001f\u007f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A plain file name made from a title: lower case, letters, digits and dashes, at most 64
 * characters, `fallback` when nothing is left. Used for the names a lesson gives its parts.
 */
export function slugOf(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  if (!slug) return fallback;
  return isReservedName(slug) ? `${slug}-${fallback}` : slug;
}
