/**
 * Whether a key pressed on this element belongs to the element (a field, a button, a slider…)
 * rather than to the app's shortcuts: Space on a button presses it, "?" in a field is typed.
 */
const OWN_KEYS =
  'input, textarea, select, button, a[href], summary, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="checkbox"], [role="radio"], [role="button"], [role="option"], [role="tab"], dialog';

export function ownsKeys(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest(OWN_KEYS) !== null;
}
