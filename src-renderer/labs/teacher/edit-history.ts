/**
 * The editor's undo: snapshots of the form as JSON text. `record` is called with the state
 * before each change; consecutive identical snapshots are kept once.
 */
export class EditHistory {
  private readonly past: string[] = [];

  constructor(private readonly limit = 100) {}

  /** Remembers a state to go back to. */
  record(snapshot: string): void {
    if (this.past[this.past.length - 1] === snapshot) return;
    this.past.push(snapshot);
    if (this.past.length > this.limit) this.past.shift();
  }

  /** The state before the last change, or undefined when there is nothing to undo. */
  undo(): string | undefined {
    return this.past.pop();
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
}
