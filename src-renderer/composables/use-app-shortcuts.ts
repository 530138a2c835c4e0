/**
 * The app's keyboard shortcuts that work in every view: Ctrl+1…6 (⌘ on a Mac) show the views
 * in navigation order, and "?" opens the list of shortcuts. Keys typed into a field are left
 * to the field.
 */
import { onBeforeUnmount, onMounted, ref } from 'vue';
import { useAppStore, VIEWS } from '../stores/app';
import { ownsKeys } from './keyboard-target';

/** @returns whether the shortcuts' help is open (the caller shows it) */
export function useAppShortcuts() {
  const app = useAppStore();
  const helpOpen = ref(false);

  function onKeydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
      const n = Number(event.key);
      if (Number.isInteger(n) && n >= 1 && n <= VIEWS.length) {
        event.preventDefault();
        app.go(VIEWS[n - 1].id);
      }
      return;
    }
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (ownsKeys(event.target) && (event.target as Element).tagName !== 'BUTTON') return;
      event.preventDefault();
      helpOpen.value = true;
    }
  }

  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));
  return { helpOpen };
}
