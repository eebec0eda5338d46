import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { categoriesOptions, imageSearchOptions } from '@/api/images';
import { parseSearchParams } from '@/lib/search-params';

/**
 * What marks the cards (the team's licenses, the user's collections), asked for beside the
 * results rather than once the grid has rendered: the first cards render with their marks,
 * not again when those arrive. Their modules are chunks the search page loads anyway.
 */
function prefetchCardMarks(queryClient: QueryClient): void {
  void Promise.all([import('@/api/licenses'), import('@/api/collections')]).then(
    ([licenses, collections]) => {
      void queryClient.prefetchQuery({ ...licenses.licensedAssetsOptions('image'), retry: false });
      // The collections, then each one's items: what tells a card it is saved.
      queryClient
        .fetchQuery({ ...collections.collectionListOptions('image'), retry: false })
        .then((list) => {
          for (const { id } of list.data) {
            // Not a collection still being created (it has no items to ask for yet).
            const items = collections.collectionItemIdsOptions('image', id);
            if (items.enabled !== false) void queryClient.prefetchQuery(items);
          }
        })
        .catch(() => undefined);
    },
  );
}

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
    prefetchCardMarks(queryClient);
    await queryClient.ensureInfiniteQueryData(imageSearchOptions(params)).catch(() => undefined);
    return null;
  };
