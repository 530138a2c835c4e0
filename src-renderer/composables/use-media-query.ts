/**
 * Whether a CSS media query matches, kept up to date while the calling component lives
 * (for sizes a stylesheet cannot set, such as a canvas's pixel size).
 */
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue';

export function useMediaQuery(query: string): Ref<boolean> {
  const list = window.matchMedia(query);
  const matches = ref(list.matches);
  const update = (event: MediaQueryListEvent) => (matches.value = event.matches);
  list.addEventListener('change', update);
  if (getCurrentScope()) onScopeDispose(() => list.removeEventListener('change', update));
  return matches;
}
