import { useEffect, useSyncExternalStore } from 'react';

/**
 * Skip links: "Skip to results" and "Skip to filters" on the pages that have them, and
 * "Skip to content" everywhere. A page says what it has with `useSkipTarget`; the links
 * live in the layout (first on the page) and, for results, right after the search box.
 */
export type SkipTarget = 'results' | 'filters';

const ORDER: readonly SkipTarget[] = ['results', 'filters'];
export const SKIP_LABELS: Record<SkipTarget, string> = {
  results: 'Skip to results',
  filters: 'Skip to filters',
};

const mounted = new Map<SkipTarget, number>();
const listeners = new Set<() => void>();
let present: readonly SkipTarget[] = [];

function publish() {
  present = ORDER.filter((target) => (mounted.get(target) ?? 0) > 0);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page shows this region, with `id` equal to the target's name. */
export function useSkipTarget(target: SkipTarget) {
  useEffect(() => {
    mounted.set(target, (mounted.get(target) ?? 0) + 1);
    publish();
    return () => {
      mounted.set(target, (mounted.get(target) ?? 1) - 1);
      publish();
    };
  }, [target]);
}

export function useSkipTargets(): readonly SkipTarget[] {
  return useSyncExternalStore(
    subscribe,
    () => present,
    () => present,
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea';

function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

/**
 * Moves focus into a region: the first result itself (so Tab goes on to the next), or the
 * first filter. Filters hidden in a drawer on a narrow screen: the button that opens it.
 */
export function skipTo(target: SkipTarget) {
  const region = document.getElementById(target);
  let destination: HTMLElement | null = null;
  if (region && isShown(region)) {
    const selector = target === 'results' ? '[data-nav-item]' : FOCUSABLE;
    destination =
      Array.from(region.querySelectorAll<HTMLElement>(selector)).find(isShown) ?? region;
  } else {
    destination = document.querySelector<HTMLElement>(`[data-skip-fallback="${target}"]`);
  }
  if (!destination) return;
  destination.focus();
  destination.scrollIntoView?.({ block: 'nearest' });
}
