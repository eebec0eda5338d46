import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';
import { nextPage } from './client';

const MINUTE = 60_000;

interface Page {
  data: readonly unknown[];
  total_count?: number;
}

/**
 * A list the API serves by `page` (from 1): the next page is asked for until every result
 * it counted has been loaded. A search (the default) is kept ten minutes, so Back and
 * shared links show it again without a request, and a failed one is not asked again the
 * moment its page mounts: the route loader already asked, the page shows the error and a
 * retry.
 */
export function pagedOptions<TPage extends Page, const TKey extends QueryKey>({
  queryKey,
  fetchPage,
  staleTime = 10 * MINUTE,
  retryOnMount = false,
  enabled,
}: {
  queryKey: TKey;
  fetchPage: (page: number, signal: AbortSignal) => Promise<TPage>;
  staleTime?: number;
  retryOnMount?: boolean;
  enabled?: boolean;
}) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    staleTime,
    retryOnMount,
    enabled,
  });
}
