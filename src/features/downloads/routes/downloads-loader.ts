import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { LICENSE_HISTORY_MAX_PAGE, licenseHistoryOptions } from '@/api/licenses';
import { subscriptionsOptions } from '@/api/user';
import { historyParams, mediaOf, parseFilters } from '../params';

/** The first page of every type the filters ask for starts loading with the page's code. */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const filters = parseFilters(new URL(request.url).searchParams);
    const params = historyParams(filters);
    for (const media of mediaOf(filters))
      void queryClient.prefetchQuery(
        licenseHistoryOptions(media, { ...params, per_page: LICENSE_HISTORY_MAX_PAGE, page: 1 }),
      );
    void queryClient.prefetchQuery(subscriptionsOptions());
    return null;
  };
