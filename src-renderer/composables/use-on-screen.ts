import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/**
 * Whether an element is (even partly) inside the window's visible area, followed as the page
 * scrolls or its layout changes. True until the first observation (and where there is no
 * IntersectionObserver), so that nothing is withheld by mistake.
 */
export function useOnScreen(target: Readonly<Ref<Element | null>>): Readonly<Ref<boolean>> {
  const onScreen = ref(true);
  let observer: IntersectionObserver | null = null;
  onMounted(() => {
    if (!target.value || typeof IntersectionObserver === 'undefined') return;
    observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) onScreen.value = last.isIntersecting;
    });
    observer.observe(target.value);
  });
  onBeforeUnmount(() => observer?.disconnect());
  return onScreen;
}
