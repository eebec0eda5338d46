import type { QueryClient } from '@tanstack/react-query';
import { prefetchCollectionMembership } from '@/api/collections';
import { licensedAssetsOptions } from '@/api/licenses';

/**
 * What marks an image grid's cards (the team's licenses, the user's collections and their
 * items: what JustifiedGrid reads), asked for ahead: a route's loader starts it beside its
 * results, so the first cards render with their Licensed and Saved marks rather than again
 * when those arrive.
 */
export function prefetchGridMarks(queryClient: QueryClient): void {
  void queryClient.prefetchQuery({ ...licensedAssetsOptions('image'), retry: false });
  void prefetchCollectionMembership(queryClient, 'image');
}
