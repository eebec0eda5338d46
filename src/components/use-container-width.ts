import { useLayoutEffect, useState, type RefObject } from 'react';

/** Last measured width per grid: a grid shown again (Back) lays out at once at its real width. */
const lastWidths = new Map<string, number>();

function estimateWidth(): number {
  const viewport = typeof document === 'undefined' ? 0 : document.documentElement.clientWidth;
  return viewport > 0 ? viewport : 1024;
}

/**
 * The width of an element: remembered from the grid's last visit, or 0 on the first render
 * of a grid never measured (render no items then). Measured in a layout effect, before
 * anything paints: a grid never measured is laid out once without its items, which then
 * render once at their real size, not first at a guess and again. Kept up to date with a
 * ResizeObserver. An element that measures 0 (not laid out) keeps its remembered width,
 * or takes the viewport's, until it has a real one.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, cacheKey: string): number {
  const [width, setWidth] = useState(() => lastWidths.get(cacheKey) ?? 0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // `fallback`: the width to take if the element measures 0 (not laid out yet).
    const update = (fallback = 0) => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) lastWidths.set(cacheKey, measured);
      const next = measured > 0 ? measured : fallback;
      if (next > 0) setWidth(next);
    };
    update(lastWidths.get(cacheKey) ?? estimateWidth());
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => update());
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
