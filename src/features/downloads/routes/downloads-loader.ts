import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { fullLicenseHistoryOptions } from '@/api/licenses';
import { subscriptionsOptions } from '@/api/user';
import { historyParams, mediaOf, parseFilters } from '../params';

/** The history of every type the filters ask for starts loading with the page's code. */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const filters = parseFilters(new URL(request.url).searchParams);
    const params = historyParams(filters);
    for (const media of mediaOf(filters))
      void queryClient.prefetchQuery(fullLicenseHistoryOptions(media, params));
    void queryClient.prefetchQuery(subscriptionsOptions());
    return null;
  };
