import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import {
  featuredCollectionItemsOptions,
  featuredCollectionOptions,
} from '@/api/collections-browse';

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    void queryClient.prefetchInfiniteQuery(featuredCollectionItemsOptions('image', id));
    await queryClient
      .ensureQueryData(featuredCollectionOptions('image', id))
      .catch(() => undefined);
    return null;
  };
