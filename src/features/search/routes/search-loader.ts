import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { categoriesOptions, imageSearchOptions } from '@/api/images';
import { parseSearchParams } from '@/lib/search-params';

/**
 * Prefetch through the query cache: the results (first page), the categories of the
 * filter panel and the cards' marks. A cached search resolves at once — Back shows it
 * without a request. A failed search is not thrown: the page shows it in place, with a retry.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const params = parseSearchParams(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(categoriesOptions());
    // Beside the results, what marks their cards (its chunk comes with the page anyway).
    void import('@/components/grid-marks').then((marks) => marks.prefetchGridMarks(queryClient));
    await queryClient.ensureInfiniteQueryData(imageSearchOptions(params)).catch(() => undefined);
    return null;
  };
