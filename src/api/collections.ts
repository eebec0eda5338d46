import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useIsMutating,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Audio } from './audio-types';
import { apiGet, apiRequest } from './client';
import type {
  Collection,
  CollectionCreateRequest,
  CollectionCreateResponse,
  CollectionDataList,
  CollectionEmbed,
  CollectionItem,
  CollectionItemDataList,
  CollectionItemRequest,
  CollectionItemSort,
  CollectionMediaType,
  CollectionUpdateRequest,
  ContributorCollectionSort,
  FeaturedCollection,
  FeaturedCollectionDataList,
  FeaturedCollectionType,
} from './types';
import type { Video } from './video-types';

// ---- limits ------------------------------------------------------------------------
// The vendor document states no limit for names or items per request of these
// collections; these are the sandbox's (and the most per page the document allows).

/** The longest collection name the API accepts. */
export const COLLECTION_NAME_MAX = 100;
/** Items per add or remove request; bigger changes are sent in several requests. */
export const COLLECTION_ITEMS_PER_REQUEST = 150;
/** The most collections or items one page may hold (`per_page` maximum). */
export const COLLECTION_PAGE_MAX = 150;
/** Items per page of a collection's grid. */
export const COLLECTION_ITEMS_PAGE_SIZE = 100;
/** Items per page of a contributor's collection (the document's maximum there). */
export const CONTRIBUTOR_ITEMS_PAGE_SIZE = 50;

const MINUTE = 60_000;

/** Every media type with per-user collections, in the order the app lists them. */
export const COLLECTION_MEDIA_TYPES: readonly CollectionMediaType[] = ['image', 'video', 'audio'];

/** `/v2/{segment}/collections` per media type. */
const SEGMENT: Record<CollectionMediaType, string> = {
  image: 'images',
  video: 'videos',
  audio: 'audio',
};
const collectionsPath = (media: CollectionMediaType) => `/v2/${SEGMENT[media]}/collections`;
const collectionPath = (media: CollectionMediaType, id: string) =>
  `${collectionsPath(media)}/${encodeURIComponent(id)}`;

/** Collections that exist only in the cache while their create request is on its way. */
const OPTIMISTIC_PREFIX = 'optimistic-';
export const isOptimisticCollection = (id: string) => id.startsWith(OPTIMISTIC_PREFIX);

// ---- query keys --------------------------------------------------------------------

/** Every query key of the collections resources, built from the request. */
export const collectionKeys = {
  all: ['collections'] as const,
  media: (media: CollectionMediaType) => [...collectionKeys.all, media] as const,
  lists: (media: CollectionMediaType) => [...collectionKeys.media(media), 'list'] as const,
  list: (media: CollectionMediaType, embed: readonly CollectionEmbed[] = []) =>
    [...collectionKeys.lists(media), { embed: [...embed].sort() }] as const,
  details: (media: CollectionMediaType) => [...collectionKeys.media(media), 'detail'] as const,
  /** Prefix of everything about one collection: details, item pages, item ids. */
  detail: (media: CollectionMediaType, id: string) =>
    [...collectionKeys.details(media), id] as const,
  info: (
    media: CollectionMediaType,
    id: string,
    embed: readonly CollectionEmbed[] = [],
    shareCode?: string,
  ) =>
    [
      ...collectionKeys.detail(media, id),
      'info',
      { embed: [...embed].sort(), share_code: shareCode },
    ] as const,
  items: (media: CollectionMediaType, id: string, sort: CollectionItemSort, shareCode?: string) =>
    [...collectionKeys.detail(media, id), 'items', sort, { share_code: shareCode }] as const,
  itemIds: (media: CollectionMediaType, id: string) =>
    [...collectionKeys.detail(media, id), 'ids'] as const,
  featured: (media: 'image' | 'video') => [...collectionKeys.all, 'featured', media] as const,
  featuredList: (media: 'image' | 'video', type: readonly FeaturedCollectionType[] = []) =>
    [...collectionKeys.featured(media), 'list', { type: [...type].sort() }] as const,
  featuredDetail: (media: 'image' | 'video', id: string) =>
    [...collectionKeys.featured(media), 'detail', id] as const,
  featuredItems: (media: 'image' | 'video', id: string) =>
    [...collectionKeys.featuredDetail(media, id), 'items'] as const,
  contributor: (contributorId: string) =>
    [...collectionKeys.all, 'contributor', contributorId] as const,
  contributorList: (contributorId: string, sort?: ContributorCollectionSort) =>
    [...collectionKeys.contributor(contributorId), 'list', { sort }] as const,
  contributorDetail: (contributorId: string, id: string) =>
    [...collectionKeys.contributor(contributorId), 'detail', id] as const,
  contributorItems: (contributorId: string, id: string, sort?: CollectionItemSort) =>
    [...collectionKeys.contributorDetail(contributorId, id), 'items', { sort }] as const,
};

/** Every item id of one collection, oldest first. */
export interface CollectionItemIds {
  collectionId: string;
  ids: string[];
}

// ---- requests ----------------------------------------------------------------------

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** One page of `GET /v2/{media}/collections`. */
export function fetchCollectionsPage(
  media: CollectionMediaType,
  params: { page?: number; per_page?: number; embed?: readonly CollectionEmbed[] },
  signal?: AbortSignal,
): Promise<CollectionDataList> {
  return apiGet<CollectionDataList>(
    collectionsPath(media),
    { page: params.page, per_page: params.per_page, embed: params.embed },
    signal,
  );
}

async function fetchAllCollections(
  media: CollectionMediaType,
  embed: readonly CollectionEmbed[],
  signal: AbortSignal,
): Promise<CollectionDataList> {
  const first = await fetchCollectionsPage(
    media,
    { page: 1, per_page: COLLECTION_PAGE_MAX, embed },
    signal,
  );
  const data = [...first.data];
  const total = first.total_count ?? data.length;
  for (let page = 2; data.length < total; page++) {
    const next = await fetchCollectionsPage(
      media,
      { page, per_page: COLLECTION_PAGE_MAX, embed },
      signal,
    );
    if (next.data.length === 0) break;
    data.push(...next.data);
  }
  return { ...first, data, page: 1, per_page: data.length, total_count: total };
}

/** One page of `GET /v2/{media}/collections/{id}/items`. */
export function fetchCollectionItemsPage(
  media: CollectionMediaType,
  id: string,
  params: { page: number; per_page: number; sort?: CollectionItemSort; share_code?: string },
  signal?: AbortSignal,
): Promise<CollectionItemDataList> {
  return apiGet<CollectionItemDataList>(
    `${collectionPath(media, id)}/items`,
    { ...params },
    signal,
  );
}

async function fetchAllItemIds(
  media: CollectionMediaType,
  id: string,
  signal?: AbortSignal,
): Promise<CollectionItemIds> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchCollectionItemsPage(
      media,
      id,
      { page, per_page: COLLECTION_PAGE_MAX, sort: 'oldest' },
      signal,
    );
    ids.push(...result.data.map((item) => item.id));
    const total = result.total_count ?? ids.length;
    if (result.data.length === 0 || ids.length >= total) break;
  }
  return { collectionId: id, ids };
}

// ---- query options -----------------------------------------------------------------

/** `GET /v2/{media}/collections`: every collection of the user, all pages, newest first. */
export function collectionListOptions(
  media: CollectionMediaType = 'image',
  embed: readonly CollectionEmbed[] = [],
) {
  return queryOptions({
    queryKey: collectionKeys.list(media, embed),
    queryFn: ({ signal }) => fetchAllCollections(media, embed, signal),
    staleTime: 5 * MINUTE,
  });
}

/**
 * `GET /v2/{media}/collections/{id}`. With a share code, anyone may read another user's
 * collection (a shared link).
 */
export function collectionOptions(
  media: CollectionMediaType,
  id: string,
  embed: readonly CollectionEmbed[] = [],
  shareCode?: string,
) {
  return queryOptions({
    queryKey: collectionKeys.info(media, id, embed, shareCode),
    queryFn: ({ signal }) =>
      apiGet<Collection>(
        collectionPath(media, id),
        { embed: [...embed], share_code: shareCode },
        signal,
      ),
    staleTime: 5 * MINUTE,
    enabled: !isOptimisticCollection(id),
  });
}

/** `GET /v2/{media}/collections/{id}/items`, page by page, for a grid. */
export function collectionItemsOptions(
  media: CollectionMediaType,
  id: string,
  sort: CollectionItemSort = 'newest',
  shareCode?: string,
) {
  return infiniteQueryOptions({
    queryKey: collectionKeys.items(media, id, sort, shareCode),
    queryFn: ({ pageParam, signal }) =>
      fetchCollectionItemsPage(
        media,
        id,
        { page: pageParam, per_page: COLLECTION_ITEMS_PAGE_SIZE, sort, share_code: shareCode },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((count, page) => count + page.data.length, 0);
      if (last.data.length === 0 || loaded >= (last.total_count ?? loaded)) return undefined;
      return pages.length + 1;
    },
    staleTime: 5 * MINUTE,
    enabled: !isOptimisticCollection(id),
  });
}

/** Every item id of a collection: what the "saved" marks and the save menu read. */
export function collectionItemIdsOptions(media: CollectionMediaType, id: string) {
  return queryOptions({
    queryKey: collectionKeys.itemIds(media, id),
    queryFn: ({ signal }) => fetchAllItemIds(media, id, signal),
    staleTime: 5 * MINUTE,
    enabled: !isOptimisticCollection(id),
  });
}

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
  return infiniteQueryOptions({
    queryKey: collectionKeys.featuredItems(media, id),
    queryFn: ({ pageParam, signal }) =>
      apiGet<CollectionItemDataList>(
        `${collectionsPath(media)}/featured/${encodeURIComponent(id)}/items`,
        { page: pageParam, per_page: COLLECTION_ITEMS_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((count, page) => count + page.data.length, 0);
      if (last.data.length === 0 || loaded >= (last.total_count ?? loaded)) return undefined;
      return pages.length + 1;
    },
    staleTime: 30 * MINUTE,
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
  return infiniteQueryOptions({
    queryKey: collectionKeys.contributorItems(contributorId, id, sort),
    queryFn: ({ pageParam, signal }) =>
      apiGet<CollectionItemDataList>(
        `/v2/contributors/${encodeURIComponent(contributorId)}/collections/${encodeURIComponent(id)}/items`,
        { page: pageParam, per_page: CONTRIBUTOR_ITEMS_PAGE_SIZE, sort },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((count, page) => count + page.data.length, 0);
      if (last.data.length === 0 || loaded >= (last.total_count ?? loaded)) return undefined;
      return pages.length + 1;
    },
    staleTime: 10 * MINUTE,
  });
}

// ---- query hooks -------------------------------------------------------------------

export function useCollections(media: CollectionMediaType = 'image') {
  return useQuery(collectionListOptions(media));
}

export function useCollection(
  media: CollectionMediaType,
  id: string,
  embed: readonly CollectionEmbed[] = [],
  shareCode?: string,
) {
  return useQuery(collectionOptions(media, id, embed, shareCode));
}

export function useCollectionItems(
  media: CollectionMediaType,
  id: string,
  sort: CollectionItemSort = 'newest',
  shareCode?: string,
) {
  return useInfiniteQuery(collectionItemsOptions(media, id, sort, shareCode));
}

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

/** Which of the user's collections hold each asset: asset id → collection ids. */
export type CollectionMembership = ReadonlyMap<string, readonly string[]>;

export interface CollectionMembershipResult {
  membership: CollectionMembership;
  /** Every collection's item ids, by collection id (absent while loading). */
  itemIds: ReadonlyMap<string, readonly string[]>;
  isPending: boolean;
}

const EMPTY_MEMBERSHIP: CollectionMembership = new Map();

function combineMembership(
  results: UseQueryResult<CollectionItemIds>[],
): CollectionMembershipResult {
  const membership = new Map<string, string[]>();
  const itemIds = new Map<string, readonly string[]>();
  let isPending = false;
  for (const result of results) {
    if (!result.data) {
      if (result.isPending) isPending = true;
      continue;
    }
    const { collectionId, ids } = result.data;
    itemIds.set(collectionId, ids);
    for (const id of ids) {
      const list = membership.get(id);
      if (list) list.push(collectionId);
      else membership.set(id, [collectionId]);
    }
  }
  return { membership: membership.size ? membership : EMPTY_MEMBERSHIP, itemIds, isPending };
}

/**
 * The saved state of assets, derived from the cache: the user's collections and each
 * one's item ids. Optimistic changes show here at once, since they are cache changes.
 */
export function useCollectionMembership(
  media: CollectionMediaType = 'image',
): CollectionMembershipResult {
  const list = useQuery(collectionListOptions(media));
  const combined = useQueries({
    queries: (list.data?.data ?? []).map((collection) =>
      collectionItemIdsOptions(media, collection.id),
    ),
    combine: combineMembership,
  });
  return list.isPending ? { ...combined, isPending: true } : combined;
}

// ---- mutations ---------------------------------------------------------------------

/** All collection writes of a media type share a key (to know when the last one settles)... */
const writeKey = (media: CollectionMediaType) => [...collectionKeys.media(media), 'write'] as const;
/** ...and a scope: they reach the API one after another, in the order they were made. */
const writeScope = (media: CollectionMediaType) => ({ id: `collections-${media}-write` });

type ListData = CollectionDataList | undefined;

function updateLists(
  client: QueryClient,
  media: CollectionMediaType,
  update: (list: Collection[]) => Collection[],
) {
  client.setQueriesData<CollectionDataList>(
    { queryKey: collectionKeys.lists(media) },
    (old: ListData) => {
      if (!old) return old;
      const data = update(old.data);
      return {
        ...old,
        data,
        total_count: (old.total_count ?? old.data.length) + (data.length - old.data.length),
      };
    },
  );
}

function updateCollection(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
  update: (collection: Collection) => Collection,
) {
  updateLists(client, media, (list) =>
    list.map((collection) => (collection.id === id ? update(collection) : collection)),
  );
  client.setQueriesData<Collection>(
    { queryKey: [...collectionKeys.detail(media, id), 'info'] },
    (old) => (old ? update(old) : old),
  );
}

function findCollection(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
): Collection | undefined {
  for (const [, data] of client.getQueriesData<CollectionDataList>({
    queryKey: collectionKeys.lists(media),
  })) {
    const found = data?.data.find((collection) => collection.id === id);
    if (found) return found;
  }
  return client.getQueryData<Collection>(collectionKeys.info(media, id));
}

function setItemIds(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
  update: (ids: string[]) => string[],
) {
  client.setQueryData<CollectionItemIds>(collectionKeys.itemIds(media, id), (old) =>
    old ? { ...old, ids: update(old.ids) } : old,
  );
}

function removeFromItemPages(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
  ids: ReadonlySet<string>,
) {
  client.setQueriesData<InfiniteData<CollectionItemDataList>>(
    { queryKey: [...collectionKeys.detail(media, id), 'items'] },
    (old) =>
      old
        ? {
            ...old,
            pages: old.pages.map((page) => ({
              ...page,
              data: page.data.filter((item) => !ids.has(item.id)),
              total_count:
                page.total_count === undefined
                  ? undefined
                  : page.total_count - page.data.filter((item) => ids.has(item.id)).length,
            })),
          }
        : old,
  );
}

/** Refetch after the last pending write of this media type settles, not between two. */
function useSettle(media: CollectionMediaType) {
  const client = useQueryClient();
  return (keys: readonly (readonly unknown[])[]) => {
    if (client.isMutating({ mutationKey: writeKey(media) }) > 1) return Promise.resolve();
    return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
  };
}

const now = () => new Date().toISOString();

export interface CreateCollectionVariables {
  name: string;
  /** Items to save into the new collection at once ("New collection" in the save menu). */
  items?: readonly string[];
}

let optimisticCounter = 0;

/** `POST /v2/{media}/collections` (then its items): shown in the list before the API answers. */
export function useCreateCollection(media: CollectionMediaType = 'image') {
  const client = useQueryClient();
  const settle = useSettle(media);
  return useMutation({
    mutationKey: writeKey(media),
    scope: writeScope(media),
    mutationFn: async ({ name, items = [] }: CreateCollectionVariables) => {
      const body: CollectionCreateRequest = { name: name.trim() };
      const { id } = await apiRequest<CollectionCreateResponse>(collectionsPath(media), {
        method: 'POST',
        body,
      });
      for (const part of chunks([...new Set(items)], COLLECTION_ITEMS_PER_REQUEST)) {
        const request: CollectionItemRequest = {
          items: part.map((itemId) => ({ id: itemId, media_type: media })),
        };
        await apiRequest<void>(`${collectionPath(media, id)}/items`, {
          method: 'POST',
          body: request,
        });
      }
      return { id };
    },
    onMutate: async ({ name, items = [] }) => {
      const tempId = `${OPTIMISTIC_PREFIX}${++optimisticCounter}`;
      const ids = [...new Set(items)];
      const time = now();
      const collection: Collection = {
        id: tempId,
        name: name.trim(),
        total_item_count: ids.length,
        created_time: time,
        updated_time: time,
        items_updated_time: time,
        ...(ids.length ? { cover_item: { id: ids.at(-1)!, media_type: media } } : {}),
      };
      updateLists(client, media, (list) => [collection, ...list]);
      client.setQueryData<CollectionItemIds>(collectionKeys.itemIds(media, tempId), {
        collectionId: tempId,
        ids,
      });
      return { tempId, ids };
    },
    onSuccess: ({ id }, _variables, context) => {
      updateCollection(client, media, context.tempId, (collection) => ({ ...collection, id }));
      client.setQueryData<CollectionItemIds>(collectionKeys.itemIds(media, id), {
        collectionId: id,
        ids: context.ids,
      });
      client.removeQueries({ queryKey: collectionKeys.itemIds(media, context.tempId) });
    },
    onError: (_error, _variables, context) => {
      if (!context) return;
      updateLists(client, media, (list) => list.filter((c) => c.id !== context.tempId));
      client.removeQueries({ queryKey: collectionKeys.itemIds(media, context.tempId) });
    },
    onSettled: () => settle([collectionKeys.lists(media)]),
  });
}

/** `POST /v2/{media}/collections/{id}` with a new name. */
export function useRenameCollection(media: CollectionMediaType = 'image') {
  const client = useQueryClient();
  const settle = useSettle(media);
  return useMutation({
    mutationKey: writeKey(media),
    scope: writeScope(media),
    mutationFn: ({ id, name }: { id: string; name: string }) => {
      const body: CollectionUpdateRequest = { name: name.trim() };
      return apiRequest<void>(collectionPath(media, id), { method: 'POST', body });
    },
    onMutate: ({ id, name }) => {
      const previous = findCollection(client, media, id)?.name;
      updateCollection(client, media, id, (c) => ({
        ...c,
        name: name.trim(),
        updated_time: now(),
      }));
      return { previous };
    },
    onError: (_error, { id, name }, context) => {
      if (context?.previous === undefined) return;
      updateCollection(client, media, id, (c) =>
        c.name === name.trim() ? { ...c, name: context.previous! } : c,
      );
    },
    onSettled: (_data, _error, { id }) =>
      settle([collectionKeys.lists(media), [...collectionKeys.detail(media, id), 'info']]),
  });
}

/** What a deleted collection held, to recreate it ("Undo"). */
export interface DeletedCollection {
  collection: Collection;
  /** Its item ids, oldest first. */
  itemIds: string[];
}

/**
 * `DELETE /v2/{media}/collections/{id}`: gone from the list at once. Resolves with the
 * collection and its item ids, so the caller can offer to recreate it.
 */
export function useDeleteCollection(media: CollectionMediaType = 'image') {
  const client = useQueryClient();
  const settle = useSettle(media);
  return useMutation({
    mutationKey: writeKey(media),
    scope: writeScope(media),
    mutationFn: async ({ collection }: { collection: Collection }): Promise<DeletedCollection> => {
      // Read what it holds before it goes (from cache when fresh), for an undo.
      const { ids } = await client.fetchQuery(collectionItemIdsOptions(media, collection.id));
      await apiRequest<void>(collectionPath(media, collection.id), { method: 'DELETE' });
      return { collection, itemIds: ids };
    },
    onMutate: ({ collection }) => {
      const id = collection.id;
      let index = -1;
      let removed: Collection = collection;
      updateLists(client, media, (list) => {
        const at = list.findIndex((c) => c.id === id);
        if (at >= 0) {
          index = at;
          removed = list[at] ?? collection;
        }
        return list.filter((c) => c.id !== id);
      });
      return { index, removed };
    },
    onSuccess: (_data, { collection }) => {
      client.removeQueries({ queryKey: collectionKeys.detail(media, collection.id) });
    },
    onError: (_error, _variables, context) => {
      const removed = context?.removed;
      if (!removed) return;
      updateLists(client, media, (list) => {
        if (list.some((c) => c.id === removed.id)) return list;
        const next = [...list];
        next.splice(context.index >= 0 ? context.index : 0, 0, removed);
        return next;
      });
    },
    onSettled: () => settle([collectionKeys.lists(media)]),
  });
}

export interface CollectionItemsVariables {
  collectionId: string;
  ids: readonly string[];
}

/** The ids of `ids` not yet in the collection, as far as the cache knows. */
export function newItemIds(
  client: QueryClient,
  media: CollectionMediaType,
  collectionId: string,
  ids: readonly string[],
): string[] {
  const present = new Set(
    client.getQueryData<CollectionItemIds>(collectionKeys.itemIds(media, collectionId))?.ids,
  );
  return [...new Set(ids)].filter((id) => !present.has(id));
}

/** The ids each pending add will send, decided by its optimistic update. */
const toSend = new WeakMap<CollectionItemsVariables, string[]>();

/**
 * `POST /v2/{media}/collections/{id}/items`: saved state and counts change at once, and
 * go back if the API refuses. Items already there (in the cache, or by a double click
 * an instant ago) are not sent again; the API keeps one of each anyway.
 */
export function useAddToCollection(media: CollectionMediaType = 'image') {
  const client = useQueryClient();
  const settle = useSettle(media);
  return useMutation({
    mutationKey: writeKey(media),
    scope: writeScope(media),
    mutationFn: async (variables: CollectionItemsVariables) => {
      // Only what the optimistic update found new: a double click sends nothing twice.
      const ids = toSend.get(variables) ?? [...new Set(variables.ids)];
      toSend.delete(variables);
      for (const part of chunks(ids, COLLECTION_ITEMS_PER_REQUEST)) {
        const body: CollectionItemRequest = {
          items: part.map((id): CollectionItem => ({ id, media_type: media })),
        };
        await apiRequest<void>(`${collectionPath(media, variables.collectionId)}/items`, {
          method: 'POST',
          body,
        });
      }
    },
    onMutate: (variables) => {
      const { collectionId, ids } = variables;
      void client.cancelQueries({ queryKey: collectionKeys.itemIds(media, collectionId) });
      const known = client.getQueryData<CollectionItemIds>(
        collectionKeys.itemIds(media, collectionId),
      );
      const added = newItemIds(client, media, collectionId, ids);
      // Unknown contents (not loaded yet): send everything; the API keeps one of each.
      if (known) toSend.set(variables, added);
      if (added.length === 0) return { added };
      setItemIds(client, media, collectionId, (current) => [...current, ...added]);
      const time = now();
      updateCollection(client, media, collectionId, (c) => ({
        ...c,
        total_item_count: known ? c.total_item_count + added.length : c.total_item_count,
        items_updated_time: time,
        updated_time: time,
        cover_item: { id: added.at(-1)!, media_type: media, added_time: time },
      }));
      return { added };
    },
    onError: (_error, { collectionId }, context) => {
      const added = new Set(context?.added);
      if (added.size === 0) return;
      setItemIds(client, media, collectionId, (current) => current.filter((id) => !added.has(id)));
      updateCollection(client, media, collectionId, (c) => ({
        ...c,
        total_item_count: Math.max(0, c.total_item_count - added.size),
      }));
    },
    onSettled: (_data, _error, { collectionId }) =>
      settle([collectionKeys.lists(media), collectionKeys.detail(media, collectionId)]),
  });
}

/**
 * `DELETE /v2/{media}/collections/{id}/items?item_id=…`: gone from the grid at once,
 * back if the API refuses.
 */
export function useRemoveFromCollection(media: CollectionMediaType = 'image') {
  const client = useQueryClient();
  const settle = useSettle(media);
  return useMutation({
    mutationKey: writeKey(media),
    scope: writeScope(media),
    mutationFn: async ({ collectionId, ids }: CollectionItemsVariables) => {
      for (const part of chunks([...new Set(ids)], COLLECTION_ITEMS_PER_REQUEST)) {
        await apiRequest<void>(`${collectionPath(media, collectionId)}/items`, {
          method: 'DELETE',
          params: { item_id: part },
        });
      }
    },
    onMutate: ({ collectionId, ids }) => {
      void client.cancelQueries({ queryKey: collectionKeys.detail(media, collectionId) });
      const known = client.getQueryData<CollectionItemIds>(
        collectionKeys.itemIds(media, collectionId),
      );
      const removing = new Set(ids);
      const removed = known ? known.ids.filter((id) => removing.has(id)) : [...removing];
      const removedSet = new Set(removed);
      setItemIds(client, media, collectionId, (current) =>
        current.filter((id) => !removedSet.has(id)),
      );
      removeFromItemPages(client, media, collectionId, removedSet);
      const remaining = known?.ids.filter((id) => !removedSet.has(id));
      updateCollection(client, media, collectionId, (c) => ({
        ...c,
        total_item_count: Math.max(0, c.total_item_count - removed.length),
        items_updated_time: now(),
        ...(c.cover_item && removedSet.has(c.cover_item.id)
          ? remaining?.length
            ? { cover_item: { id: remaining.at(-1)!, media_type: media } }
            : { cover_item: undefined }
          : {}),
      }));
      return { removed, snapshot: known?.ids };
    },
    onError: (_error, { collectionId }, context) => {
      if (!context) return;
      if (context.snapshot) {
        const back = new Set(context.removed);
        const order = context.snapshot;
        setItemIds(client, media, collectionId, (current) => {
          const present = new Set(current);
          return order.filter((id) => present.has(id) || back.has(id));
        });
      }
      updateCollection(client, media, collectionId, (c) => ({
        ...c,
        total_item_count: c.total_item_count + context.removed.length,
      }));
    },
    onSettled: (_data, _error, { collectionId }) =>
      settle([collectionKeys.lists(media), collectionKeys.detail(media, collectionId)]),
  });
}

/** True while any collection write of this media type is on its way. */
export function useIsSavingToCollections(media: CollectionMediaType = 'image'): boolean {
  return useIsMutating({ mutationKey: writeKey(media) }) > 0;
}
