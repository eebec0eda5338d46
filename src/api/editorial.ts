import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { normalizeEditorialParams, type EditorialKind } from '@/lib/editorial-search-params';
import { apiGet } from './client';
import type {
  EditorialCategory,
  EditorialImage,
  EditorialLivefeed,
  EditorialLivefeedItems,
  EditorialLivefeedList,
  EditorialSearchParams,
  EditorialSearchResults,
  EditorialVideo,
} from './editorial-types';

/** The API's maximum page of an editorial search. */
export const EDITORIAL_PAGE_SIZE = 50;
const MINUTE = 60_000;

export type EditorialAsset<K extends EditorialKind> = K extends 'images'
  ? EditorialImage
  : EditorialVideo;

export const editorialKeys = {
  all: ['editorial'] as const,
  search: (kind: EditorialKind, country: string, params: EditorialSearchParams) =>
    [...editorialKeys.all, kind, 'search', country, normalizeEditorialParams(params)] as const,
  detail: (kind: EditorialKind, id: string, country: string) =>
    [...editorialKeys.all, kind, 'detail', id, country] as const,
  categories: (kind: EditorialKind) => [...editorialKeys.all, kind, 'categories'] as const,
  livefeeds: (country: string) => [...editorialKeys.all, 'livefeeds', country] as const,
  livefeed: (id: string, country: string) =>
    [...editorialKeys.all, 'livefeed', id, country] as const,
  livefeedItems: (id: string, country: string) =>
    [...editorialKeys.all, 'livefeed-items', id, country] as const,
};

/**
 * `GET /v2/editorial/{images|videos}/search`: cursor paging — each page names the next
 * page's cursor, which the next request sends. The country is required by the API.
 */
export function editorialSearchOptions<K extends EditorialKind>(
  kind: K,
  country: string,
  params: EditorialSearchParams,
) {
  return infiniteQueryOptions({
    queryKey: editorialKeys.search(kind, country, params),
    queryFn: ({ pageParam, signal }) =>
      apiGet<EditorialSearchResults<EditorialAsset<K>>>(
        `/v2/editorial/${kind}/search`,
        {
          ...normalizeEditorialParams(params),
          country,
          per_page: EDITORIAL_PAGE_SIZE,
          cursor: pageParam || undefined,
        },
        signal,
      ),
    initialPageParam: '',
    getNextPageParam: (last) => (last.next && last.data.length > 0 ? last.next : undefined),
    staleTime: 10 * MINUTE,
    retryOnMount: false,
  });
}

/** `GET /v2/editorial/{images|videos}/{id}?country=` — a 404 when not allowed there. */
export function editorialAssetOptions<K extends EditorialKind>(
  kind: K,
  id: string,
  country: string,
) {
  return queryOptions({
    queryKey: editorialKeys.detail(kind, id, country),
    queryFn: ({ signal }) =>
      apiGet<EditorialAsset<K>>(
        `/v2/editorial/${kind}/${encodeURIComponent(id)}`,
        { country },
        signal,
      ),
    staleTime: 30 * MINUTE,
  });
}

export function editorialCategoriesOptions(kind: EditorialKind) {
  return queryOptions({
    queryKey: editorialKeys.categories(kind),
    queryFn: ({ signal }) =>
      apiGet<{ data: EditorialCategory[] }>(`/v2/editorial/${kind}/categories`, undefined, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** `GET /v2/editorial/images/livefeeds`: the current feeds. */
export function livefeedsOptions(country: string) {
  return queryOptions({
    queryKey: editorialKeys.livefeeds(country),
    queryFn: ({ signal }) =>
      apiGet<EditorialLivefeedList>(
        '/v2/editorial/images/livefeeds',
        { country, per_page: 50 },
        signal,
      ),
    staleTime: 2 * MINUTE,
  });
}

/** Feed ids are long and already hold escapes: encoded once more for the path. */
const feedPath = (id: string) => `/v2/editorial/images/livefeeds/${encodeURIComponent(id)}`;

export function livefeedOptions(id: string, country: string) {
  return queryOptions({
    queryKey: editorialKeys.livefeed(id, country),
    queryFn: ({ signal }) => apiGet<EditorialLivefeed>(feedPath(id), { country }, signal),
    staleTime: 2 * MINUTE,
  });
}

export function livefeedItemsOptions(id: string, country: string) {
  return queryOptions({
    queryKey: editorialKeys.livefeedItems(id, country),
    queryFn: ({ signal }) =>
      apiGet<EditorialLivefeedItems>(`${feedPath(id)}/items`, { country }, signal),
    staleTime: 2 * MINUTE,
  });
}

// ---- hooks ---------------------------------------------------------------------------

export function useEditorialSearch<K extends EditorialKind>(
  kind: K,
  country: string,
  params: EditorialSearchParams,
) {
  return useInfiniteQuery(editorialSearchOptions(kind, country, params));
}

export function useEditorialAsset<K extends EditorialKind>(kind: K, id: string, country: string) {
  return useSuspenseQuery(editorialAssetOptions(kind, id, country));
}

export function useEditorialCategories(kind: EditorialKind) {
  return useQuery(editorialCategoriesOptions(kind));
}

export function useLivefeeds(country: string) {
  return useQuery(livefeedsOptions(country));
}

export function useLivefeed(id: string, country: string) {
  return useSuspenseQuery(livefeedOptions(id, country));
}

export function useLivefeedItems(id: string, country: string) {
  return useQuery(livefeedItemsOptions(id, country));
}

export function usePrefetchEditorial(kind: EditorialKind, country: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (id: string) => void queryClient.prefetchQuery(editorialAssetOptions(kind, id, country)),
    [queryClient, kind, country],
  );
}
