import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { audioSearchOptions, sfxSearchOptions } from '@/api/audio';
import { editorialSearchOptions } from '@/api/editorial';
import { imageSearchOptions } from '@/api/images';
import { videoSearchOptions } from '@/api/videos';
import { defaultCountry } from '@/lib/countries';

/**
 * Every section's first page, asked for in parallel and not awaited: the page shows at
 * once and each section fills in (or fails) on its own. The entries are the ones the full
 * result pages use, so "See all" opens without a request.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const query = new URL(request.url).searchParams.get('query')?.trim() || undefined;
    const params = query ? { query } : {};
    void queryClient.prefetchInfiniteQuery(imageSearchOptions(params));
    void queryClient.prefetchInfiniteQuery(videoSearchOptions(params));
    void queryClient.prefetchInfiniteQuery(audioSearchOptions(params));
    void queryClient.prefetchInfiniteQuery(sfxSearchOptions(params));
    void queryClient.prefetchInfiniteQuery(
      editorialSearchOptions('images', defaultCountry(), params),
    );
    return null;
  };
