// The engine runs in Node, in Electron's utility process and in browsers; all three have a
// global setTimeout, which the engine's no-DOM, no-Node type setup does not declare.
declare const setTimeout: (callback: () => void, ms: number) => unknown;

/** Lets the host process its messages (pause, stop, a new learning rate) before going on. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
