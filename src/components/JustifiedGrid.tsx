import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useCollectionMembership } from '@/api/collections';
import type { Image } from '@/api/types';
import { imageAspect } from '@/lib/images';
import { justifiedLayout, type LayoutRow } from '@/lib/justified-layout';
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
 * A grid of up to this many rows (a first page of results, even on a phone) is rendered
 * whole; a longer one is virtualized.
 */
const VIRTUALIZE_AFTER_ROWS = 40;
/** Rows from the top that hold the first screen: their images load first. */
const PRIORITY_ROWS = 2;
const EAGER_ROWS = 3;

const loadVirtualRows = () => import('./VirtualRows');
const VirtualRows = lazy(loadVirtualRows);

/** The rows from a screen above the viewport to `below` screens under its top. */
function rowsNearViewport(rows: readonly LayoutRow[], gridTop: number, below = 2): number[] {
  const from = window.scrollY - gridTop - window.innerHeight;
  const to = window.scrollY - gridTop + below * window.innerHeight;
  return rows.flatMap((row, index) =>
    row.top + row.height >= from && row.top <= to ? [index] : [],
  );
}

/**
 * Images in justified rows, edge to edge. The grid has its full height from the first
 * render (layout is computed from aspect ratios), so scroll restoration lands where it
 * should. A first page is rendered at once, its first rows' images fetched first; a grid
 * grown long is virtualized against the window (only rows near the viewport in the DOM).
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

  const virtualize = layout.rows.length > VIRTUALIZE_AFTER_ROWS;
  // The first screen's rows are rendered (and painted) first; the rest of a whole page
  // follows a frame later, so the first row does not wait for the cards below the fold.
  // The rest renders as a transition: in slices between which the page stays responsive.
  const [restShown, setRestShown] = useState(false);
  useEffect(() => {
    if (restShown || virtualize) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setRestShown(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [restShown, virtualize]);
  const plainRows = restShown
    ? layout.rows.map((_, index) => index)
    : rowsNearViewport(layout.rows, scrollMargin, 1);
  // The last row in view: from the virtualizer, or from a marker LOAD_AHEAD_ROWS from the end.
  const [lastVisible, setLastVisible] = useState(-1);
  const loadMoreAt = Math.max(0, layout.rows.length - LOAD_AHEAD_ROWS);
  const marker = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = marker.current;
    if (virtualize || !node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLastVisible(loadMoreAt);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [virtualize, loadMoreAt, hasNextPage]);

  useEffect(() => {
    if (
      hasNextPage &&
      !isFetchingNextPage &&
      onLoadMore &&
      lastVisible >= layout.rows.length - LOAD_AHEAD_ROWS
    ) {
      // The next page may make the grid long enough to virtualize: have the code ready.
      if (layout.rows.length > VIRTUALIZE_AFTER_ROWS / 2) void loadVirtualRows();
      onLoadMore();
    }
  }, [hasNextPage, isFetchingNextPage, onLoadMore, lastVisible, layout.rows.length]);

  const renderRow = (index: number) => {
    const row = layout.rows[index];
    if (!row) return null;
    return (
      <div
        key={index}
        data-row={index}
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
              eager={index < EAGER_ROWS}
              priority={index < PRIORITY_ROWS}
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
  };

  return (
    <div>
      <div
        ref={ref}
        data-testid="justified-grid"
        className="relative w-full"
        style={{ height: layout.height }}
      >
        {virtualize ? (
          <Suspense fallback={rowsNearViewport(layout.rows, scrollMargin).map(renderRow)}>
            <VirtualRows
              rows={layout.rows}
              gap={gap}
              scrollMargin={scrollMargin}
              renderRow={renderRow}
              onLastVisible={setLastVisible}
            />
          </Suspense>
        ) : (
          <>
            {plainRows.map(renderRow)}
            {hasNextPage && (
              <div
                ref={marker}
                aria-hidden="true"
                className="pointer-events-none absolute inset-x-0 h-px"
                style={{ top: layout.rows[loadMoreAt]?.top ?? 0 }}
              />
            )}
          </>
        )}
      </div>
      {isFetchingNextPage && (
        <div className="mt-2" role="status" aria-label="Loading more images">
          <GridSkeleton rows={2} layoutKey={layoutKey} />
        </div>
      )}
    </div>
  );
}
