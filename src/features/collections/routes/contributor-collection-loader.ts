import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import {
  contributorCollectionItemsOptions,
  contributorCollectionOptions,
} from '@/api/collections-browse';

/** The collection and its first page; a missing one is shown in the page. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const contributorId = params.contributorId ?? '';
    const id = params.id ?? '';
    void queryClient.prefetchInfiniteQuery(contributorCollectionItemsOptions(contributorId, id));
    await queryClient
      .ensureQueryData(contributorCollectionOptions(contributorId, id))
      .catch(() => undefined);
    return null;
  };
