/**
 * A deep copy of plain JSON data. Not structuredClone: lab data reaches components as Vue
 * reactive proxies, which structuredClone refuses.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
