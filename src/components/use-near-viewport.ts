import { useEffect, useState, type RefObject } from 'react';

/** How far outside the viewport an element counts as near: about half a screen. */
const MARGIN = '400px 0px';

/** One observer for every watched element: a list of fifty rows makes one, not fifty. */
let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

function watch(element: Element, onNear: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        waiting.get(entry.target)?.();
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
      }
    },
    { rootMargin: MARGIN },
  );
  waiting.set(element, onNear);
  observer.observe(element);
  return () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * Whether the element is, or has once been, within half a screen of the viewport: for what
 * the browser would otherwise fetch at load wherever it is on the page (a CSS image), so a
 * long list asks only for what the user can see. True from the start where there is no
 * IntersectionObserver.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    return watch(element, () => setNear(true));
  }, [near, ref]);
  return near;
}
