import type { QueryClient } from '@tanstack/react-query';
import { COLLECTION_MEDIA_TYPES, collectionListOptions } from '@/api/collections';

/** The lists are there before the page shows; a failure is shown in the page, with a retry. */
export const clientLoader = (queryClient: QueryClient) => async () => {
  await Promise.all(
    COLLECTION_MEDIA_TYPES.map((media) =>
      queryClient.ensureQueryData(collectionListOptions(media)).catch(() => undefined),
    ),
  );
  return null;
};
