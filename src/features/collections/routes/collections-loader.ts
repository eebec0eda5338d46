import type { QueryClient } from '@tanstack/react-query';
import { collectionListOptions } from '@/api/collections';

/** The list is there before the page shows; a failure is shown in the page, with a retry. */
export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(collectionListOptions('image')).catch(() => undefined);
  return null;
};
