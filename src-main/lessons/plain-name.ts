/**
 * File names inside a lesson. A lesson names the files its parts would be in a lab folder
 * (`perceptron.json`, `spiral.dataset`); a name that climbs out of that folder or points
 * elsewhere must never come in, whether or not anything is written to disk today.
 */

/** The longest plain name (most file systems' limit). */
export const MAX_NAME = 255;

/**
 * Why `name` is not a plain file name, or undefined when it is: no `/` or `\`, not `.` or
 * `..`, no drive (`C:`), no NUL or other control character, 1 to 255 characters.
 */
export function plainNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_NAME) return `is longer than ${MAX_NAME} characters`;
  if (name.includes('\0')) return 'contains a NUL character';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character';
  if (name.includes('/') || name.includes('\\')) {
    return name.includes('..')
      ? 'climbs out of the lab folder (a path with "..")'
      : 'is a path, not a plain file name (contains "/" or "\\")';
  }
  if (name === '.' || name === '..') return 'is not a file name (".." or ".")';
  if (/^[A-Za-z]:/.test(name)) return 'is an absolute path (starts with a drive)';
  return undefined;
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
  return slug || fallback;
}
