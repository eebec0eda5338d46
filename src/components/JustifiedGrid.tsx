import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCollectionMembership } from '@/api/collections';
import type { Image } from '@/api/types';
import { imageAspect } from '@/lib/images';
import { justifiedLayout } from '@/lib/justified-layout';
import { GridSkeleton } from './GridSkeleton';
import { ImageCard, type SelectOptions } from './ImageCard';
import { gridMetrics, useContainerWidth } from './use-container-width';

export interface JustifiedGridProps {
  images: readonly Image[];
  /** Names the grid for remembering its width between visits (e.g. "search", "similar"). */
  layoutKey: string;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
  /** Offer "Save to collection" on each card, and show which are saved (default on). */
  saveable?: boolean;
  /** Mark saved cards (off where every card is saved: a collection's own page). */
  markSaved?: boolean;
  /** Cards with a checkbox, for acting on many at once. */
  selection?: {
    selected: ReadonlySet<string>;
    onSelect: (id: string, options: SelectOptions) => void;
  };
}

/** How many rows from the end the next page is requested. */
const LOAD_AHEAD_ROWS = 6;

/**
 * Images in justified rows, edge to edge, virtualized against the window: only rows near
 * the viewport are in the DOM, yet the grid has its full height from the first render
 * (layout is computed from aspect ratios), so scroll restoration lands where it should.
 */
export function JustifiedGrid({
  images,
  layoutKey,
  hasNextPage = false,
  isFetchingNextPage = false,
  onLoadMore,
  saveable = true,
  markSaved = true,
  selection,
}: JustifiedGridProps) {
  // The saved marks come from the cached collections, so a save shows on every card at once.
  const { membership } = useCollectionMembership('image');
  const selecting = (selection?.selected.size ?? 0) > 0;
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref, layoutKey);
  const { targetRowHeight, gap } = gridMetrics(width);

  const layout = useMemo(
    () => justifiedLayout(images.map(imageAspect), { containerWidth: width, targetRowHeight, gap }),
    [images, width, targetRowHeight, gap],
  );

  // Where the grid starts in the document, for the window virtualizer.
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
        data-testid="justified-grid"
        className="relative w-full"
        style={{ height: layout.height }}
      >
        {virtualRows.map((virtualRow) => {
          const row = layout.rows[virtualRow.index];
          if (!row) return null;
          return (
            <div
              key={virtualRow.key}
              data-row={virtualRow.index}
              className="absolute inset-x-0 top-0 flex"
              style={{ transform: `translateY(${row.top}px)`, height: row.height, gap }}
            >
              {row.items.map((item) => {
                const image = images[item.index];
                return image ? (
                  <ImageCard
                    key={image.id}
                    image={image}
                    width={item.width}
                    height={row.height}
                    eager={virtualRow.index < 3}
                    saveable={saveable}
                    saved={saveable && markSaved && membership.has(image.id)}
                    onSelect={selection?.onSelect}
                    selected={selection?.selected.has(image.id) ?? false}
                    selecting={selecting}
                  />
                ) : null;
              })}
            </div>
          );
        })}
      </div>
      {isFetchingNextPage && (
        <div className="mt-2" role="status" aria-label="Loading more images">
          <GridSkeleton rows={2} layoutKey={layoutKey} />
        </div>
      )}
    </div>
  );
}
