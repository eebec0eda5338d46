import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { justifiedLayout } from '@/lib/justified-layout';
import { GridSkeleton } from './GridSkeleton';
import { gridMetrics, useContainerWidth } from './use-container-width';

export interface MediaGridProps<T> {
  items: readonly T[];
  /** Width over height of an item, for the justified rows. */
  aspect: (item: T) => number;
  itemKey: (item: T) => string;
  renderItem: (item: T, box: { width: number; height: number; eager: boolean }) => ReactNode;
  /** Names the grid for remembering its width between visits. */
  layoutKey: string;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  loadingLabel?: string;
}

const LOAD_AHEAD_ROWS = 6;

/**
 * Any media (video, editorial) in justified rows, virtualized against the window, with
 * the next page asked for as the user nears the end. The image grid's twin, generic.
 */
export function MediaGrid<T>({
  items,
  aspect,
  itemKey,
  renderItem,
  layoutKey,
  hasNextPage = false,
  isFetchingNextPage = false,
  onLoadMore,
  loadingLabel = 'Loading more',
}: MediaGridProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref, layoutKey);
  const { targetRowHeight, gap } = gridMetrics(width);
  const layout = useMemo(
    () => justifiedLayout(items.map(aspect), { containerWidth: width, targetRowHeight, gap }),
    [items, aspect, width, targetRowHeight, gap],
  );

  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  }, [scrollMargin, layout]);

  const estimateSize = useCallback(
    (index: number) => (layout.rows[index]?.height ?? targetRowHeight) + gap,
    [layout, targetRowHeight, gap],
  );
  const virtualizer = useWindowVirtualizer({
    count: layout.rows.length,
    estimateSize,
    overscan: 4,
    scrollMargin,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (
      hasNextPage &&
      !isFetchingNextPage &&
      onLoadMore &&
      lastVisible >= layout.rows.length - LOAD_AHEAD_ROWS
    ) {
      onLoadMore();
    }
  }, [hasNextPage, isFetchingNextPage, onLoadMore, lastVisible, layout.rows.length]);

  return (
    <div>
      <div
        ref={ref}
        data-testid="media-grid"
        className="relative w-full"
        style={{ height: layout.height }}
      >
        {virtualRows.map((virtualRow) => {
          const row = layout.rows[virtualRow.index];
          if (!row) return null;
          return (
            <div
              key={virtualRow.key}
              className="absolute inset-x-0 top-0 flex"
              style={{ transform: `translateY(${row.top}px)`, height: row.height, gap }}
            >
              {row.items.map((box) => {
                const item = items[box.index];
                return item === undefined ? null : (
                  <div key={itemKey(item)} className="shrink-0" style={{ width: box.width }}>
                    {renderItem(item, {
                      width: box.width,
                      height: row.height,
                      eager: virtualRow.index < 3,
                    })}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {isFetchingNextPage && (
        <div className="mt-2" role="status" aria-label={loadingLabel}>
          <GridSkeleton rows={2} layoutKey={layoutKey} />
        </div>
      )}
    </div>
  );
}
