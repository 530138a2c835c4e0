/**
 * The Design view's keys as commands, kept apart from the DOM so they can be tested: what a
 * key does on a canvas block, and which keys undo and redo.
 */

/** The parts of a KeyboardEvent the commands depend on. */
export interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

export type CanvasCommand =
  | { type: 'select'; to: 'previous' | 'next' | 'first' | 'last' }
  | { type: 'move'; by: -1 | 1 }
  | { type: 'remove' }
  | { type: 'edit' };

/**
 * What a key pressed on a focused canvas block does (the chain runs top to bottom, so both
 * Up and Left go to the previous block). Null: not a canvas key.
 */
export function canvasCommand(e: KeyInput): CanvasCommand | null {
  if (e.ctrlKey || e.metaKey) return null;
  const back = e.key === 'ArrowUp' || e.key === 'ArrowLeft';
  const forward = e.key === 'ArrowDown' || e.key === 'ArrowRight';
  if (back || forward) {
    if (e.altKey) return { type: 'move', by: back ? -1 : 1 };
    if (e.shiftKey) return null;
    return { type: 'select', to: back ? 'previous' : 'next' };
  }
  if (e.altKey || e.shiftKey) return null;
  if (e.key === 'Home') return { type: 'select', to: 'first' };
  if (e.key === 'End') return { type: 'select', to: 'last' };
  if (e.key === 'Delete' || e.key === 'Backspace') return { type: 'remove' };
  if (e.key === 'Enter' || e.key === 'F2') return { type: 'edit' };
  return null;
}

/**
 * Undo (Ctrl+Z), redo (Ctrl+Shift+Z or Ctrl+Y; ⌘ on a Mac), or null. While typing in a text
 * field, null: the field's own undo applies.
 */
export function historyCommand(e: KeyInput, typing: boolean): 'undo' | 'redo' | null {
  if (typing || e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Whether an element takes typed text (then Ctrl+Z belongs to it). Fields marked
 * `data-design-undo` hand Ctrl+Z to the design's history (they commit their text first).
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.hasAttribute?.('data-design-undo')) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    type,
  );
}
