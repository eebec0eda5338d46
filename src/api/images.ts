import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQueries,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { effectiveSort, normalizeParams } from '@/lib/search-params';
import { apiGet, type QueryParams } from './client';
import { pagedOptions } from './paged';
import type {
  CategoryDataList,
  Image,
  ImageDataList,
  ImageSearchParams,
  ImageSearchResults,
  Suggestions,
} from './types';

/** Results per page of a search; the grid asks for the next page as the user nears the end. */
export const SEARCH_PAGE_SIZE = 60;
export const SIMILAR_PAGE_SIZE = 30;
export const SUGGESTION_LIMIT = 8;

const MINUTE = 60_000;

/** Every query key of the images resource, built from the request. */
export const imageKeys = {
  all: ['images'] as const,
  searches: () => [...imageKeys.all, 'search'] as const,
  search: (params: ImageSearchParams) =>
    [...imageKeys.searches(), normalizeParams(params)] as const,
  details: () => [...imageKeys.all, 'detail'] as const,
  detail: (id: string) => [...imageKeys.details(), id] as const,
  similar: (id: string) => [...imageKeys.all, 'similar', id] as const,
  categories: () => [...imageKeys.all, 'categories'] as const,
  suggestions: (query: string) => [...imageKeys.all, 'suggestions', query] as const,
};

function searchRequestParams(params: ImageSearchParams, page: number): QueryParams {
  return {
    ...normalizeParams(params),
    sort: effectiveSort(params),
    page,
    per_page: SEARCH_PAGE_SIZE,
    view: 'minimal',
  };
}

/** `GET /v2/images/search`, page by page. */
export function imageSearchOptions(params: ImageSearchParams) {
  return pagedOptions({
    queryKey: imageKeys.search(params),
    fetchPage: (page, signal) =>
      apiGet<ImageSearchResults>('/v2/images/search', searchRequestParams(params, page), signal),
  });
}

/** `GET /v2/images/{id}`, full view: description, keywords, categories, sizes. */
export function imageOptions(id: string) {
  return queryOptions({
    queryKey: imageKeys.detail(id),
    queryFn: ({ signal }) =>
      apiGet<Image>(`/v2/images/${encodeURIComponent(id)}`, { view: 'full' }, signal),
    staleTime: 30 * MINUTE,
  });
}

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

/** `GET /v2/images/categories`: changes rarely, fetched once per session. */
export function categoriesOptions() {
  return queryOptions({
    queryKey: imageKeys.categories(),
    queryFn: ({ signal }) => apiGet<CategoryDataList>('/v2/images/categories', undefined, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** `GET /v2/images/search/suggestions`. */
export function suggestionsOptions(query: string) {
  const text = query.trim();
  return queryOptions({
    queryKey: imageKeys.suggestions(text.toLowerCase()),
    queryFn: ({ signal }) =>
      apiGet<Suggestions>(
        '/v2/images/search/suggestions',
        { query: text, limit: SUGGESTION_LIMIT },
        signal,
      ),
    staleTime: 10 * MINUTE,
    enabled: text.length >= 2,
  });
}

/** `GET /v2/images?id=…`: several images at once. */
export function imagesByIdOptions(ids: readonly string[]) {
  const sorted = [...ids].sort();
  return queryOptions({
    queryKey: [...imageKeys.all, 'by-id', sorted] as const,
    queryFn: ({ signal }) =>
      apiGet<ImageDataList>('/v2/images', { id: sorted, view: 'minimal' }, signal),
    staleTime: 10 * MINUTE,
    enabled: sorted.length > 0,
  });
}

// ---- hooks ---------------------------------------------------------------------------

export function useImageSearch(params: ImageSearchParams) {
  return useInfiniteQuery(imageSearchOptions(params));
}

export function useImage(id: string) {
  return useSuspenseQuery(imageOptions(id));
}

export function useSimilarImages(id: string) {
  return useQuery(similarImagesOptions(id));
}

export function useCategories() {
  return useQuery(categoriesOptions());
}

/** Suggestions for what is being typed; `active` false (box not in use) asks for nothing. */
export function useSuggestions(query: string, active = true) {
  const options = suggestionsOptions(query);
  return useQuery({
    ...options,
    enabled: active && options.enabled !== false,
    placeholderData: keepPreviousData,
  });
}

/** Prefetch an image's details on intent (hover, focus), so its page opens without a spinner. */
export function usePrefetchImage(): (id: string) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => void queryClient.prefetchQuery(imageOptions(id)),
    [queryClient],
  );
}

export interface ImagesByIds {
  /** The images found so far, by id. */
  byId: ReadonlyMap<string, Image>;
  isPending: boolean;
  error: Error | null;
  refetch: () => void;
}

/**
 * Images for lists of ids (a collection's pages of items), one `GET /v2/images` per list.
 * While a list's request is on its way (an item removed changes its key), images already
 * fetched under an earlier key are used, so nothing blinks.
 */
export function useImagesByIds(groups: readonly (readonly string[])[]): ImagesByIds {
  const queryClient = useQueryClient();
  const results = useQueries({
    queries: groups.filter((ids) => ids.length > 0).map((ids) => imagesByIdOptions(ids)),
  });
  const dataKey = results.map((result) => result.dataUpdatedAt).join(',');
  const pendingCount = results.filter((result) => result.isPending).length;
  const error = results.find((result) => result.error)?.error ?? null;
  const byId = useMemo(() => {
    const map = new Map<string, Image>();
    for (const [, data] of queryClient.getQueriesData<ImageDataList>({
      queryKey: [...imageKeys.all, 'by-id'],
    })) {
      for (const image of data?.data ?? []) map.set(image.id, image);
    }
    return map;
    // Recomputed when any of the lists' data arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, dataKey, groups]);
  return {
    byId,
    isPending: pendingCount > 0,
    error,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}
