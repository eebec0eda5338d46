import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { justifiedLayout, type LayoutRow } from '@/lib/justified-layout';
import { GridSkeleton } from './GridSkeleton';
import { gridMetrics, useContainerWidth } from './use-container-width';

/** What every grid of results takes from its page: its name and its next page. */
export interface GridPaging {
  /** Names the grid for remembering its width between visits (e.g. "search", "similar"). */
  layoutKey: string;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  onLoadMore?: () => void;
}

export interface MediaGridProps<T> extends GridPaging {
  items: readonly T[];
  /** Width over height of an item, for the justified rows. */
  aspect: (item: T) => number;
  itemKey: (item: T) => string;
  /** One item at its size; `eager` for the first rows, `priority` for the first screen's. */
  renderItem: (item: T, box: ItemBox) => ReactNode;
  loadingLabel?: string;
  'data-testid'?: string;
}

export interface ItemBox {
  width: number;
  height: number;
  /** In the first rows: its image loads at once, not when near the viewport. */
  eager: boolean;
  /** In the first screen's rows: its image is asked for before the rest. */
  priority: boolean;
}

/** How many rows from the end the next page is requested. */
const LOAD_AHEAD_ROWS = 6;
/**
 * A grid of up to this many rows (a first page of results, even on a phone) is rendered
 * from its top down to under the viewport, growing as the user scrolls; a longer one is
 * virtualized.
 */
const VIRTUALIZE_AFTER_ROWS = 40;
/** Rows from the top that hold the first screen: their images load first. */
const PRIORITY_ROWS = 2;
const EAGER_ROWS = 3;
/** Rows a new set of results commits alone, before the rest of the screen (about 8 cards). */
const FIRST_COMMIT_ROWS = PRIORITY_ROWS;

// The virtualizer (about 10 kB gzip) loads when a grid grows long enough to need it, not
// with every video and editorial page.
const loadVirtualRows = () => import('./VirtualRows');
const VirtualRows = lazy(loadVirtualRows);

/** How far down from a grid's top (pixels) `screens` viewport heights under the viewport's top reach. */
function reachBelow(gridTop: number, screens: number): number {
  return window.scrollY - gridTop + screens * window.innerHeight;
}

/** The rows from the first to the last that starts above `reach` (pixels from the grid's top). */
function rowsFromTop(rows: readonly LayoutRow[], reach: number): number[] {
  const out: number[] = [];
  for (let index = 0; index < rows.length && rows[index]!.top <= reach; index++) out.push(index);
  return out;
}

/**
 * Any media (images, video, editorial) in justified rows, with the next page asked for as
 * the user nears the end: the grid has its full height from the first render; a first page
 * is rendered from the top to the bottom of the viewport, and a screen further from the
 * user's first scroll or focus in it; a grid grown long is virtualized against the window
 * (only rows near the viewport in the DOM).
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
  'data-testid': testId = 'media-grid',
}: MediaGridProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(ref, layoutKey);
  const { targetRowHeight, gap } = gridMetrics(width);
  const layout = useMemo(
    () => justifiedLayout(items.map(aspect), { containerWidth: width, targetRowHeight, gap }),
    [items, aspect, width, targetRowHeight, gap],
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
  // A whole page is rendered from its top down to the bottom of the viewport: the first
  // screen's cards, with every request and every millisecond of the load theirs. The first
  // scroll, resize or focus inside the grid extends it (as a transition) to a screen under
  // the viewport, and further as the user scrolls, so the next rows are there, their images
  // loading, before they come into view (rows once rendered stay, so focus and selection
  // never lose a card). A page of 60 results is 15 to 20 cards on a desktop screen.
  const [reach, setReach] = useState(0);
  useEffect(() => {
    const grid = ref.current;
    if (virtualize || !grid) return;
    let pending = false;
    const extend = () => {
      pending = false;
      const next = Math.ceil(reachBelow(scrollMargin, 2));
      startTransition(() => setReach((r) => Math.max(r, next)));
    };
    const onChange = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(extend);
    };
    window.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange, { passive: true });
    grid.addEventListener('focusin', onChange);
    return () => {
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
      grid.removeEventListener('focusin', onChange);
    };
  }, [virtualize, scrollMargin]);
  // A new set of results at the top of the page (a new query or a first visit: a next page
  // keeps the first item) commits its first rows alone, so their images are asked for at
  // once; the rest of the screen follows in a transition while they load.
  const first = items[0];
  const [wholeFor, setWholeFor] = useState<T>();
  const whole = first === wholeFor || virtualize || window.scrollY > 0;
  const plainRows = rowsFromTop(layout.rows, Math.max(reach, reachBelow(scrollMargin, 1))).slice(
    0,
    whole ? undefined : FIRST_COMMIT_ROWS,
  );
  useEffect(() => {
    if (width > 0) startTransition(() => setWholeFor(() => first));
  }, [first, width]);
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
      layout.rows.length > 0 &&
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
        {row.items.map((box) => {
          const item = items[box.index];
          return item === undefined ? null : (
            <div key={itemKey(item)} className="shrink-0" style={{ width: box.width }}>
              {renderItem(item, {
                width: box.width,
                height: row.height,
                eager: index < EAGER_ROWS,
                priority: index < PRIORITY_ROWS,
              })}
            </div>
          );
        })}
      </div>
    );
  };

  return (
    <div>
      <div
        ref={ref}
        data-testid={testId}
        className="relative w-full"
        style={{ height: layout.height }}
      >
        {virtualize ? (
          // Until the virtualizer's code is there: the rows as the grid rendered them before.
          <Suspense fallback={plainRows.map(renderRow)}>
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
            {hasNextPage && layout.rows.length > 0 && (
              // From LOAD_AHEAD_ROWS before the end to the end: a scroll that jumps past its
              // top still lands on it.
              <div
                ref={marker}
                aria-hidden="true"
                className="pointer-events-none absolute inset-x-0 bottom-0"
                style={{ top: layout.rows[loadMoreAt]?.top ?? 0 }}
              />
            )}
          </>
        )}
      </div>
      {isFetchingNextPage && (
        <div className="mt-2" role="status" aria-label={loadingLabel}>
          <GridSkeleton rows={2} layoutKey={layoutKey} />
        </div>
      )}
    </div>
  );
}
