import {
  queryOptions,
  useInfiniteQuery,
  useQueries,
  useQuery,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { apiGet } from './client';
import { pagedOptions } from './paged';
import type {
  Collection,
  CollectionDataList,
  CollectionEmbed,
  CollectionItemDataList,
  CollectionItemSort,
  CollectionMediaType,
  ContributorCollectionSort,
  FeaturedCollectionType,
} from './types';

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

export const MINUTE = 60_000;

/** Every media type with per-user collections, in the order the app lists them. */
export const COLLECTION_MEDIA_TYPES: readonly CollectionMediaType[] = ['image', 'video', 'audio'];

/** `/v2/{segment}/collections` per media type. */
const SEGMENT: Record<CollectionMediaType, string> = {
  image: 'images',
  video: 'videos',
  audio: 'audio',
};
export const collectionsPath = (media: CollectionMediaType) => `/v2/${SEGMENT[media]}/collections`;
export const collectionPath = (media: CollectionMediaType, id: string) =>
  `${collectionsPath(media)}/${encodeURIComponent(id)}`;

/** Collections that exist only in the cache while their create request is on its way. */
export const OPTIMISTIC_PREFIX = 'optimistic-';
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

export function chunks<T>(list: readonly T[], size: number): T[][] {
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
  return pagedOptions({
    queryKey: collectionKeys.items(media, id, sort, shareCode),
    fetchPage: (page, signal) =>
      fetchCollectionItemsPage(
        media,
        id,
        { page, per_page: COLLECTION_ITEMS_PAGE_SIZE, sort, share_code: shareCode },
        signal,
      ),
    staleTime: 5 * MINUTE,
    retryOnMount: true,
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

/**
 * The item ids of a collection as listed: one the list counts as empty starts with none, as
 * fresh as the list that said so, rather than asking for its empty first page. The saved
 * marks of someone with many new collections then cost no request per collection.
 */
function listedItemIdsOptions(
  media: CollectionMediaType,
  collection: Pick<Collection, 'id' | 'total_item_count'>,
  listedAt: number,
) {
  const options = collectionItemIdsOptions(media, collection.id);
  if (collection.total_item_count !== 0) return options;
  return queryOptions({
    ...options,
    initialData: { collectionId: collection.id, ids: [] },
    initialDataUpdatedAt: listedAt,
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
      listedItemIdsOptions(media, collection, list.dataUpdatedAt),
    ),
    combine: combineMembership,
  });
  return list.isPending ? { ...combined, isPending: true } : combined;
}

/**
 * What useCollectionMembership reads (the collection list, then each collection's item
 * ids), asked for ahead of it: a route's loader starts it beside its results, so the first
 * cards render with their Saved marks. A failure is left for the hook to show.
 */
export async function prefetchCollectionMembership(
  queryClient: QueryClient,
  media: CollectionMediaType = 'image',
): Promise<void> {
  try {
    const listOptions = collectionListOptions(media);
    const list = await queryClient.fetchQuery({ ...listOptions, retry: false });
    const listedAt = queryClient.getQueryState(listOptions.queryKey)?.dataUpdatedAt ?? Date.now();
    await Promise.all(
      list.data.map((collection) => {
        const items = listedItemIdsOptions(media, collection, listedAt);
        // Not a collection still being created: it has no items to ask for yet.
        return items.enabled === false ? undefined : queryClient.prefetchQuery(items);
      }),
    );
  } catch {
    // The hook asks again and shows the error where the marks are read.
  }
}
