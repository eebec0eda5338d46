import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { effectiveSort, normalizeParams } from '@/lib/search-params';
import { apiGet, type QueryParams } from './client';
import { pagedOptions } from './paged';
import type {
  CategoryDataList,
  Image,
  ImageSearchParams,
  ImageSearchResults,
  Suggestions,
} from './types';

// What the search page and the header use; an image's page (image-detail.ts) and the
// pages that show images by id (images-by-id.ts) have their own modules, so the search's
// first JavaScript does not carry them.

/** Results per page of a search; the grid asks for the next page as the user nears the end. */
export const SEARCH_PAGE_SIZE = 60;
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

// ---- hooks ---------------------------------------------------------------------------

export function useImageSearch(params: ImageSearchParams) {
  return useInfiniteQuery(imageSearchOptions(params));
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
