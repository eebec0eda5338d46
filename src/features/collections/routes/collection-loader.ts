import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { collectionItemsOptions, collectionOptions } from '@/api/collections';

/** The collection and its first page of items; a missing collection is shown in the page. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    void queryClient.prefetchInfiniteQuery(collectionItemsOptions('image', id));
    await queryClient.ensureQueryData(collectionOptions('image', id)).catch(() => undefined);
    return null;
  };
