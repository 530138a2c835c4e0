/**
 * Space in the Train view plays, pauses or resumes the run — when the key is not a button's
 * or a field's own (Space on a focused button presses that button). Listens only while the
 * view is shown (the views are kept alive).
 */
import { onActivated, onBeforeUnmount, onDeactivated, onMounted } from 'vue';
import { ownsKeys } from '../composables/keyboard-target';

export function useSpaceToPlay(press: () => void): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (ownsKeys(event.target) || document.querySelector('dialog[open]')) return;
    event.preventDefault(); // the page would scroll
    press();
  }
  const on = () => document.addEventListener('keydown', onKeydown);
  const off = () => document.removeEventListener('keydown', onKeydown);
  onMounted(on);
  onActivated(on);
  onDeactivated(off);
  onBeforeUnmount(off);
}
