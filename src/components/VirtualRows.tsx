import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, type ReactNode } from 'react';
import type { LayoutRow } from '@/lib/justified-layout';

export interface VirtualRowsProps {
  rows: readonly LayoutRow[];
  gap: number;
  /** Where the grid starts in the document. */
  scrollMargin: number;
  renderRow: (index: number) => ReactNode;
  /** Told the last row in (or near) the viewport whenever it changes. */
  onLastVisible: (index: number) => void;
}

/**
 * The rows of a long justified grid near the viewport, virtualized against the window
 * (the only ones in the DOM). Loaded when a grid grows long enough to need it, so the
 * first page of a search does not wait for the virtualizer.
 */
export default function VirtualRows({
  rows,
  gap,
  scrollMargin,
  renderRow,
  onLastVisible,
}: VirtualRowsProps) {
  const estimateSize = useCallback(
    (index: number) => (rows[index]?.height ?? 0) + gap,
    [rows, gap],
  );
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    overscan: 4,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => onLastVisible(last), [last, onLastVisible]);
  return <>{items.map((item) => renderRow(item.index))}</>;
}
