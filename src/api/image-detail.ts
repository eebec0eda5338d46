import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { apiGet } from './client';
import { imageKeys, imageOptions } from './images';
import type { ImageSearchResults } from './types';

// An image's page: the image (its options stay in images.ts, where cards prefetch them)
// and the similar images.

export const SIMILAR_PAGE_SIZE = 30;
const MINUTE = 60_000;

/** `GET /v2/images/{id}/similar`. */
export function similarImagesOptions(id: string) {
  return queryOptions({
    queryKey: imageKeys.similar(id),
    queryFn: ({ signal }) =>
      apiGet<ImageSearchResults>(
        `/v2/images/${encodeURIComponent(id)}/similar`,
        { per_page: SIMILAR_PAGE_SIZE, view: 'minimal' },
        signal,
      ),
    staleTime: 30 * MINUTE,
  });
}

export function useImage(id: string) {
  return useSuspenseQuery(imageOptions(id));
}

export function useSimilarImages(id: string) {
  return useQuery(similarImagesOptions(id));
}
