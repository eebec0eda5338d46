import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { collectionItemsOptions, collectionOptions } from '@/api/collections';
import { parseMedia } from '../media';

/** The collection and its first page of items; a missing collection is shown in the page. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    const search = new URL(request.url).searchParams;
    const media = parseMedia(search.get('type')) ?? 'image';
    const shareCode = search.get('share_code') || undefined;
    void queryClient.prefetchInfiniteQuery(collectionItemsOptions(media, id, 'newest', shareCode));
    await queryClient
      .ensureQueryData(collectionOptions(media, id, ['share_code'], shareCode))
      .catch(() => undefined);
    return null;
  };
