import { useLayoutEffect, useState, type RefObject } from 'react';

/** Last measured width per grid: a grid shown again (Back) lays out at once at its real width. */
const lastWidths = new Map<string, number>();

function estimateWidth(): number {
  const viewport = typeof document === 'undefined' ? 0 : document.documentElement.clientWidth;
  return viewport > 0 ? viewport : 1024;
}

/**
 * The width of an element, known on the first render (remembered, or estimated from the
 * viewport) and corrected before paint, then kept up to date with a ResizeObserver.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, cacheKey: string): number {
  const [width, setWidth] = useState(() => lastWidths.get(cacheKey) ?? estimateWidth());
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) {
        lastWidths.set(cacheKey, measured);
        setWidth(measured);
      }
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, cacheKey]);
  return width;
}

/** Row height and gap for a grid of this width: smaller rows on a phone. */
export function gridMetrics(width: number): { targetRowHeight: number; gap: number } {
  if (width < 480) return { targetRowHeight: 130, gap: 4 };
  if (width < 900) return { targetRowHeight: 170, gap: 6 };
  if (width < 1400) return { targetRowHeight: 200, gap: 8 };
  return { targetRowHeight: 230, gap: 8 };
}
