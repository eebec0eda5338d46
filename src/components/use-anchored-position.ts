import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

const MARGIN = 8;

/**
 * Fixed-position coordinates for a popup under (or, without room, over) its trigger,
 * aligned to its start or end edge and kept inside the viewport; follows scrolling and resizing.
 */
export function useAnchoredPosition(
  anchor: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
  open: boolean,
  align: 'start' | 'end' = 'end',
): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({ top: 0, left: 0, opacity: 0 });
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const trigger = anchor.current?.getBoundingClientRect();
      const popup = panel.current;
      if (!trigger || !popup) return;
      const width = popup.offsetWidth || 288;
      const height = popup.offsetHeight || 320;
      const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
      const viewportHeight = window.innerHeight;
      const below = viewportHeight - trigger.bottom - MARGIN;
      const above = trigger.top - MARGIN;
      const top =
        below >= height || below >= above
          ? trigger.bottom + 6
          : Math.max(MARGIN, trigger.top - 6 - height);
      const left = Math.min(
        Math.max(MARGIN, align === 'start' ? trigger.left : trigger.right - width),
        Math.max(MARGIN, viewportWidth - width - MARGIN),
      );
      setStyle({ top: Math.round(top), left: Math.round(left) });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(place);
    if (panel.current) observer?.observe(panel.current);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
      observer?.disconnect();
    };
  }, [anchor, panel, open, align]);
  return style;
}
