import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useLayoutEffect } from 'react';

/** The rows near the viewport, where each goes, and how to measure one once it is in the page. */
export interface Windowed {
  items: VirtualItem[];
  totalSize: number;
  measureElement: (element: Element | null) => void;
}

export interface WindowRowsProps {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string | number;
  /** Where the list starts in the document. */
  scrollMargin: number;
  onChange: (windowed: Windowed | undefined) => void;
}

/**
 * The Downloads list's window virtualizer, rendering nothing: it tells the page which rows
 * are near the viewport, so the page keeps rendering its rows (and their state, a download
 * under way) in the same place before and after this module arrives.
 */
export function WindowRows({
  count,
  estimateSize,
  getItemKey,
  scrollMargin,
  onChange,
}: WindowRowsProps) {
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    overscan: 8,
    scrollMargin,
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(
    () => onChange({ items, totalSize, measureElement: virtualizer.measureElement }),
    [items, totalSize, virtualizer, onChange],
  );
  useLayoutEffect(() => () => onChange(undefined), [onChange]);
  return null;
}
