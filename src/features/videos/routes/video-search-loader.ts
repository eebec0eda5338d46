import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { videoCategoriesOptions, videoSearchOptions } from '@/api/videos';
import { parseVideoParams } from '@/lib/video-search-params';

/** The first page through the cache: a cached search (Back) resolves without a request. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const params = parseVideoParams(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(videoCategoriesOptions());
    await queryClient.ensureInfiniteQueryData(videoSearchOptions(params)).catch(() => undefined);
    return null;
  };
