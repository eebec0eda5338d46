import type { QueryClient } from '@tanstack/react-query';
import { featuredCollectionsOptions } from '@/api/collections-browse';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(featuredCollectionsOptions('image')).catch(() => undefined);
  return null;
};
