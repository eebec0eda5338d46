import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { contributorCollectionsOptions } from '@/api/collections-browse';
import { contributorOptions } from '@/api/contributors';
import { imageSearchOptions } from '@/api/images';
import { videoSearchOptions } from '@/api/videos';

/** The profile must be there; the portfolio and collections fill in on their own. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    void queryClient.prefetchInfiniteQuery(imageSearchOptions({ contributor: [id] }));
    void queryClient.prefetchInfiniteQuery(videoSearchOptions({ contributor: [id] }));
    void queryClient.prefetchQuery(contributorCollectionsOptions(id));
    await queryClient.ensureQueryData(contributorOptions(id));
    return null;
  };
