// Browsing collections beyond the user's own lists: every type at once, the assets of a
// collection's items, featured collections and contributors' collections. Apart from
// collections.ts so the pages that only save to collections (search, detail pages) do not
// load it.
import {
  queryOptions,
  useInfiniteQuery,
  useQueries,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Audio } from './audio-types';
import { apiGet } from './client';
import { pagedOptions } from './paged';
import {
  COLLECTION_ITEMS_PAGE_SIZE,
  COLLECTION_MEDIA_TYPES,
  CONTRIBUTOR_ITEMS_PAGE_SIZE,
  collectionKeys,
  collectionListOptions,
  collectionsPath,
  MINUTE,
} from './collections';
import type {
  Collection,
  CollectionDataList,
  CollectionItemDataList,
  CollectionItemSort,
  CollectionMediaType,
  ContributorCollectionSort,
  FeaturedCollection,
  FeaturedCollectionDataList,
  FeaturedCollectionType,
} from './types';
import type { Video } from './video-types';

/** `GET /v2/videos?id=…`: the videos of a collection's page of items, for its grid and covers. */
export function collectionVideosOptions(ids: readonly string[]) {
  const sorted = [...ids].sort();
  return queryOptions({
    queryKey: ['videos', 'by-id', sorted] as const,
    queryFn: ({ signal }) =>
      apiGet<{ data: Video[] }>('/v2/videos', { id: sorted, view: 'minimal' }, signal),
    staleTime: 10 * MINUTE,
    enabled: sorted.length > 0,
  });
}

/** `GET /v2/audio?id=…`: the tracks of a collection's page of items. */
export function collectionTracksOptions(ids: readonly string[]) {
  const sorted = [...ids].sort();
  return queryOptions({
    queryKey: ['audio', 'by-id', sorted] as const,
    queryFn: ({ signal }) =>
      apiGet<{ data: Audio[] }>('/v2/audio', { id: sorted, view: 'minimal' }, signal),
    staleTime: 10 * MINUTE,
    enabled: sorted.length > 0,
  });
}

/** `GET /v2/{images|videos}/collections/featured`. */
export function featuredCollectionsOptions(
  media: 'image' | 'video' = 'image',
  type: readonly FeaturedCollectionType[] = [],
) {
  return queryOptions({
    queryKey: collectionKeys.featuredList(media, type),
    queryFn: ({ signal }) =>
      apiGet<FeaturedCollectionDataList>(
        `${collectionsPath(media)}/featured`,
        { type: [...type], embed: 'share_url' },
        signal,
      ),
    staleTime: 30 * MINUTE,
  });
}

/** `GET /v2/{images|videos}/collections/featured/{id}`. */
export function featuredCollectionOptions(media: 'image' | 'video', id: string) {
  return queryOptions({
    queryKey: collectionKeys.featuredDetail(media, id),
    queryFn: ({ signal }) =>
      apiGet<FeaturedCollection>(
        `${collectionsPath(media)}/featured/${encodeURIComponent(id)}`,
        { embed: 'share_url' },
        signal,
      ),
    staleTime: 30 * MINUTE,
  });
}

/** `GET /v2/{images|videos}/collections/featured/{id}/items`, page by page. */
export function featuredCollectionItemsOptions(media: 'image' | 'video', id: string) {
  return pagedOptions({
    queryKey: collectionKeys.featuredItems(media, id),
    fetchPage: (page, signal) =>
      apiGet<CollectionItemDataList>(
        `${collectionsPath(media)}/featured/${encodeURIComponent(id)}/items`,
        { page, per_page: COLLECTION_ITEMS_PAGE_SIZE },
        signal,
      ),
    staleTime: 30 * MINUTE,
    retryOnMount: true,
  });
}

/** `GET /v2/contributors/{contributor_id}/collections`. */
export function contributorCollectionsOptions(
  contributorId: string,
  sort?: ContributorCollectionSort,
) {
  return queryOptions({
    queryKey: collectionKeys.contributorList(contributorId, sort),
    queryFn: ({ signal }) =>
      apiGet<CollectionDataList>(
        `/v2/contributors/${encodeURIComponent(contributorId)}/collections`,
        { sort },
        signal,
      ),
    staleTime: 10 * MINUTE,
  });
}

/** `GET /v2/contributors/{contributor_id}/collections/{id}`. */
export function contributorCollectionOptions(contributorId: string, id: string) {
  return queryOptions({
    queryKey: collectionKeys.contributorDetail(contributorId, id),
    queryFn: ({ signal }) =>
      apiGet<Collection>(
        `/v2/contributors/${encodeURIComponent(contributorId)}/collections/${encodeURIComponent(id)}`,
        undefined,
        signal,
      ),
    staleTime: 10 * MINUTE,
  });
}

/** `GET /v2/contributors/{contributor_id}/collections/{id}/items`, page by page. */
export function contributorCollectionItemsOptions(
  contributorId: string,
  id: string,
  sort?: CollectionItemSort,
) {
  return pagedOptions({
    queryKey: collectionKeys.contributorItems(contributorId, id, sort),
    fetchPage: (page, signal) =>
      apiGet<CollectionItemDataList>(
        `/v2/contributors/${encodeURIComponent(contributorId)}/collections/${encodeURIComponent(id)}/items`,
        { page, per_page: CONTRIBUTOR_ITEMS_PAGE_SIZE, sort },
        signal,
      ),
    retryOnMount: true,
  });
}

// ---- query hooks -------------------------------------------------------------------

/** A collection of the user's, with its media type. */
export interface TypedCollection {
  media: CollectionMediaType;
  collection: Collection;
}

export interface AllCollections {
  /** Every collection the lists have loaded so far (a failed type is left out). */
  data: TypedCollection[] | undefined;
  isPending: boolean;
  /** The media types whose list failed, with the error. */
  errors: { media: CollectionMediaType; error: Error }[];
  refetch: () => void;
}

function combineLists(results: UseQueryResult<CollectionDataList>[]): AllCollections {
  const data: TypedCollection[] = [];
  const errors: AllCollections['errors'] = [];
  results.forEach((result, index) => {
    const media = COLLECTION_MEDIA_TYPES[index]!;
    if (result.error && !result.data) errors.push({ media, error: result.error });
    for (const collection of result.data?.data ?? []) data.push({ media, collection });
  });
  const isPending = results.some((result) => result.isPending && !result.isError);
  return {
    data: isPending || errors.length === results.length ? undefined : data,
    isPending,
    errors,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}

/** Every collection of every media type: one list, each with its type. */
export function useAllCollections(): AllCollections {
  return useQueries({
    queries: COLLECTION_MEDIA_TYPES.map((media) => collectionListOptions(media)),
    combine: combineLists,
  });
}

/**
 * Assets for lists of ids (a collection's pages of items, covers), one request per list,
 * read back from every such request in the cache, so a changed list does not blink.
 */
function useAssetsByIds<T extends { id: string }>(
  groups: readonly (readonly string[])[],
  options: (ids: readonly string[]) => { queryKey: readonly unknown[] },
  prefix: readonly unknown[],
) {
  const client = useQueryClient();
  const results = useQueries({
    queries: groups.filter((ids) => ids.length > 0).map((ids) => options(ids)),
  });
  const dataKey = results.map((result) => result.dataUpdatedAt).join(',');
  const error = results.find((result) => result.error)?.error ?? null;
  const byId = useMemo(() => {
    const map = new Map<string, T>();
    for (const [, data] of client.getQueriesData<{ data: T[] }>({ queryKey: prefix }))
      for (const asset of data?.data ?? []) map.set(asset.id, asset);
    return map;
    // Recomputed when any of the lists' data arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, dataKey, groups]);
  return {
    byId: byId as ReadonlyMap<string, T>,
    isPending: results.some((result) => result.isPending),
    error,
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}

export function useVideosByIds(groups: readonly (readonly string[])[]) {
  return useAssetsByIds<Video>(groups, collectionVideosOptions, ['videos', 'by-id']);
}

export function useTracksByIds(groups: readonly (readonly string[])[]) {
  return useAssetsByIds<Audio>(groups, collectionTracksOptions, ['audio', 'by-id']);
}

export function useFeaturedCollections(media: 'image' | 'video' = 'image') {
  return useQuery(featuredCollectionsOptions(media));
}

export function useFeaturedCollection(media: 'image' | 'video', id: string) {
  return useQuery(featuredCollectionOptions(media, id));
}

export function useFeaturedCollectionItems(media: 'image' | 'video', id: string) {
  return useInfiniteQuery(featuredCollectionItemsOptions(media, id));
}

export function useContributorCollections(contributorId: string) {
  return useQuery(contributorCollectionsOptions(contributorId, 'last_updated'));
}
