import { useCallback } from 'react';
import type { GridPaging } from './MediaGrid';

/** What an infinite query tells a grid about its next page. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: (options?: { cancelRefetch?: boolean }) => Promise<unknown>;
}

/** What a list of results needs to ask for its next page. */
export type Paging = Required<Omit<GridPaging, 'layoutKey'>>;

/**
 * A grid's paging from an infinite query. Reaching the end again while the next page is on
 * its way waits for that page (`cancelRefetch: false`) rather than asking for it afresh.
 */
export function useGridPaging({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
}: PagedQuery): Paging {
  const onLoadMore = useCallback(
    () => void fetchNextPage({ cancelRefetch: false }),
    [fetchNextPage],
  );
  return { hasNextPage, isFetchingNextPage, onLoadMore };
}
