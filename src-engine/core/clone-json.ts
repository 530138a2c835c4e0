/**
 * A deep copy of plain JSON data (specs, lab documents, settings). Not structuredClone: in
 * the renderer such data often sits behind Vue's reactive proxies, which structuredClone
 * refuses.
 */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
