import { useCallback } from 'react';
import type { GridPaging } from './MediaGrid';

/** What an infinite query tells a grid about its next page. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: (options?: { cancelRefetch?: boolean }) => Promise<unknown>;
}

/**
 * A grid's paging from an infinite query. Reaching the end again while the next page is on
 * its way waits for that page (`cancelRefetch: false`) rather than asking for it afresh.
 */
export function useGridPaging({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: PagedQuery): Required<Omit<GridPaging, 'layoutKey'>> {
  const onLoadMore = useCallback(
    () => void fetchNextPage({ cancelRefetch: false }),
    [fetchNextPage],
  );
  return { hasNextPage, isFetchingNextPage, onLoadMore };
}
