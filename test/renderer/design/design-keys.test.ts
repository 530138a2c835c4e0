import { describe, expect, it } from 'vitest';
import { canvasCommand, historyCommand } from '../../../src-renderer/design/design-keys';

describe('canvas keys', () => {
  it('selects, moves, removes and edits', () => {
    expect(canvasCommand({ key: 'ArrowDown' })).toEqual({ type: 'select', to: 'next' });
    expect(canvasCommand({ key: 'ArrowLeft' })).toEqual({ type: 'select', to: 'previous' });
    expect(canvasCommand({ key: 'ArrowUp', altKey: true })).toEqual({ type: 'move', by: -1 });
    expect(canvasCommand({ key: 'ArrowRight', altKey: true })).toEqual({ type: 'move', by: 1 });
    expect(canvasCommand({ key: 'Home' })).toEqual({ type: 'select', to: 'first' });
    expect(canvasCommand({ key: 'Delete' })).toEqual({ type: 'remove' });
    expect(canvasCommand({ key: 'Backspace' })).toEqual({ type: 'remove' });
    expect(canvasCommand({ key: 'F2' })).toEqual({ type: 'edit' });
    expect(canvasCommand({ key: 'Enter' })).toEqual({ type: 'edit' });
    expect(canvasCommand({ key: 'ArrowDown', ctrlKey: true })).toBeNull();
    expect(canvasCommand({ key: 'a' })).toBeNull();
  });

  it('maps Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, but not while typing', () => {
    expect(historyCommand({ key: 'z', ctrlKey: true }, false)).toBe('undo');
    expect(historyCommand({ key: 'Z', ctrlKey: true, shiftKey: true }, false)).toBe('redo');
    expect(historyCommand({ key: 'y', ctrlKey: true }, false)).toBe('redo');
    expect(historyCommand({ key: 'z', metaKey: true }, false)).toBe('undo');
    expect(historyCommand({ key: 'z', ctrlKey: true }, true)).toBeNull();
    expect(historyCommand({ key: 'z' }, false)).toBeNull();
  });
});
