/**
 * The classes the 2-D generators draw, each with an id and the English name a dataset carries
 * in `classNames` (the command line, files and reports say that name). An interface says a
 * generated class in its own language from the id (GeneratorSpec.classIds), never by reading
 * the English back.
 */
export const CLASS_NAMES = {
  outside: 'outside',
  inside: 'inside',
  oppositeSigns: 'opposite signs',
  sameSign: 'same sign',
  blobA: 'blob A',
  blobB: 'blob B',
  spiralA: 'spiral A',
  spiralB: 'spiral B',
  upperMoon: 'upper moon',
  lowerMoon: 'lower moon',
} as const;

/** The id of one of the generators' named classes. */
export type ClassId = keyof typeof CLASS_NAMES;

/** Every class id, in CLASS_NAMES' order. */
export const CLASS_IDS = Object.keys(CLASS_NAMES) as ClassId[];

/** The English names of `ids`, in their order (a dataset's `classNames`). */
export function classNamesOf(ids: readonly ClassId[]): string[] {
  return ids.map((id) => CLASS_NAMES[id]);
}
