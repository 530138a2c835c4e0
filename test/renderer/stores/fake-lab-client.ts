// A stand-in for the renderer's lab client in store tests: it records every call, answers
// from a table the test sets (anything else fails as the real client reports failures), and
// lets the test send events as main would. Install it with
//   vi.mock('<path>/src-renderer/api', async () => (await import('./fake-lab-client')).apiModule());
type Listener = (payload: unknown) => void;
type Answer = (payload: Record<string, unknown>) => unknown;

/** The calls made so far, oldest first. */
export const calls: { name: string; payload: Record<string, unknown> }[] = [];
const listeners = new Map<string, Set<Listener>>();
/** Calls made as the page went away (sendOnLeave), oldest first. */
export const leaveCalls: { name: string; payload: Record<string, unknown> }[] = [];
/** Each call's answer by name, replaced by the test as it needs. */
export const answers: Record<string, Answer> = {};

const client = {
  transport: 'socket' as const,
  async call(name: string, payload: Record<string, unknown> = {}) {
    calls.push({ name, payload });
    const answer = answers[name];
    if (!answer) return { ok: false, error: { code: 'unknown', message: `no answer for ${name}` } };
    return answer(payload);
  },
  sendOnLeave(name: string, payload: Record<string, unknown> = {}) {
    leaveCalls.push({ name, payload });
  },
  on(event: string, listener: Listener) {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)?.delete(listener);
  },
  close() {},
};

/** What replaces src-renderer/api: its useLab() answers with the stand-in. */
export function apiModule() {
  return { useLab: () => client };
}

/** Sends an event to every listener, as main would. */
export function emit(event: string, payload: unknown): void {
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

/** The payloads of the calls named `name`. */
export function callsOf(name: string): Record<string, unknown>[] {
  return calls.filter((c) => c.name === name).map((c) => c.payload);
}

/** Forgets the calls and the answers (listeners stay: the page's event router keeps its own). */
export function resetFake(): void {
  calls.length = 0;
  leaveCalls.length = 0;
  for (const name of Object.keys(answers)) delete answers[name];
}
