/**
 * What is being dragged in the Design view: a palette kind to add, or a canvas block to move.
 * Carried in the DataTransfer as text ("add:dense", "move:b3") so that any drag source works,
 * and remembered here too because some browsers hide the data until the drop.
 */
import type { BlockKind } from '../../design/design-document';
import { isBlockKind } from '../../design/design-document';

export type DragPayload = { type: 'add'; kind: BlockKind } | { type: 'move'; id: string };

export const DRAG_MIME = 'application/x-neuron-lab-block';

let current: DragPayload | null = null;

/** Starts a drag of `payload` from a dragstart event. */
export function startDrag(event: DragEvent, payload: DragPayload): void {
  current = payload;
  const text = payload.type === 'add' ? `add:${payload.kind}` : `move:${payload.id}`;
  if (event.dataTransfer) {
    event.dataTransfer.setData(DRAG_MIME, text);
    event.dataTransfer.setData('text/plain', text);
    event.dataTransfer.effectAllowed = payload.type === 'add' ? 'copy' : 'move';
  }
}

/** Whether a drag event carries one of ours (its data types are readable during dragover). */
export function isOurDrag(event: DragEvent): boolean {
  return current !== null || (event.dataTransfer?.types.includes(DRAG_MIME) ?? false);
}

/** The payload of a drop event, or null when it is not one of ours. */
export function dropPayload(event: DragEvent): DragPayload | null {
  const text = event.dataTransfer?.getData(DRAG_MIME) || event.dataTransfer?.getData('text/plain');
  const parsed = text ? parse(text) : null;
  return parsed ?? current;
}

/** Ends the drag (dragend or drop). */
export function endDrag(): void {
  current = null;
}

function parse(text: string): DragPayload | null {
  const [type, value] = text.split(':');
  if (type === 'add' && value && isBlockKind(value)) return { type, kind: value };
  if (type === 'move' && value) return { type, id: value };
  return null;
}
