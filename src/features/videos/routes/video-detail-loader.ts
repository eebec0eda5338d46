import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { similarVideosOptions, videoOptions } from '@/api/videos';

/** The video must be there before the page shows (prefetched on hover); similar ones follow. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    void queryClient.prefetchQuery(similarVideosOptions(id));
    await queryClient.ensureQueryData(videoOptions(id));
    return null;
  };
