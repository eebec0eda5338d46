import {
  queryOptions,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { effectiveVideoSort, normalizeVideoParams } from '@/lib/video-search-params';
import { apiGet } from './client';
import { pagedOptions } from './paged';
import type { CategoryDataList } from './types';
import type { Video, VideoSearchParams, VideoSearchResults } from './video-types';

export const VIDEO_PAGE_SIZE = 40;
export const SIMILAR_VIDEOS_SIZE = 20;
const MINUTE = 60_000;

/** Every query key of the videos resource, built from the request. */
export const videoKeys = {
  all: ['videos'] as const,
  search: (params: VideoSearchParams) =>
    [...videoKeys.all, 'search', normalizeVideoParams(params)] as const,
  detail: (id: string) => [...videoKeys.all, 'detail', id] as const,
  similar: (id: string) => [...videoKeys.all, 'similar', id] as const,
  categories: () => [...videoKeys.all, 'categories'] as const,
};

/**
 * `GET /v2/videos/search`, page by page. The full view carries the sizes, so a card can
 * show its best resolution and frame rate.
 */
export function videoSearchOptions(params: VideoSearchParams) {
  return pagedOptions({
    queryKey: videoKeys.search(params),
    fetchPage: (page, signal) =>
      apiGet<VideoSearchResults>(
        '/v2/videos/search',
        {
          ...normalizeVideoParams(params),
          sort: effectiveVideoSort(params),
          page,
          per_page: VIDEO_PAGE_SIZE,
          view: 'full',
        },
        signal,
      ),
  });
}

/** `GET /v2/videos/{id}`, full view. */
export function videoOptions(id: string) {
  return queryOptions({
    queryKey: videoKeys.detail(id),
    queryFn: ({ signal }) =>
      apiGet<Video>(`/v2/videos/${encodeURIComponent(id)}`, { view: 'full' }, signal),
    staleTime: 30 * MINUTE,
  });
}

/** `GET /v2/videos/{id}/similar`. */
export function similarVideosOptions(id: string) {
  return queryOptions({
    queryKey: videoKeys.similar(id),
    queryFn: ({ signal }) =>
      apiGet<VideoSearchResults>(
        `/v2/videos/${encodeURIComponent(id)}/similar`,
        { per_page: SIMILAR_VIDEOS_SIZE, view: 'full' },
        signal,
      ),
    staleTime: 30 * MINUTE,
  });
}

/** `GET /v2/videos/categories`: fetched once per session. */
export function videoCategoriesOptions() {
  return queryOptions({
    queryKey: videoKeys.categories(),
    queryFn: ({ signal }) => apiGet<CategoryDataList>('/v2/videos/categories', undefined, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useVideoSearch(params: VideoSearchParams) {
  return useInfiniteQuery(videoSearchOptions(params));
}

export function useVideo(id: string) {
  return useSuspenseQuery(videoOptions(id));
}

export function useSimilarVideos(id: string) {
  return useQuery(similarVideosOptions(id));
}

export function useVideoCategories() {
  return useQuery(videoCategoriesOptions());
}

/** Prefetch a video's details on intent (hover, focus). */
export function usePrefetchVideo(): (id: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => void queryClient.prefetchQuery(videoOptions(id)),
    [queryClient],
  );
}
