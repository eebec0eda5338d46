// The optimistic side of collection writes: how a write edits what the cache already
// holds (the lists, a collection's details, its item ids and item pages), and when the
// cache is asked again.
import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { collectionKeys, type CollectionItemIds } from './collections';
import type {
  Collection,
  CollectionDataList,
  CollectionItemDataList,
  CollectionMediaType,
} from './types';

/** All collection writes of a media type share a key (to know when the last one settles)... */
export const writeKey = (media: CollectionMediaType) =>
  [...collectionKeys.media(media), 'write'] as const;
/** ...and a scope: they reach the API one after another, in the order they were made. */
export const writeScope = (media: CollectionMediaType) => ({ id: `collections-${media}-write` });

type ListData = CollectionDataList | undefined;

/**
 * Drops the answers on their way to the queries a write is about to edit: made before the
 * write, they would undo the edit when they land (the write's settle asks again). A first
 * load has nothing to edit, and goes on.
 */
function cancelEdited(client: QueryClient, queryKey: readonly unknown[]) {
  void client.cancelQueries({ queryKey, predicate: (query) => query.state.data !== undefined });
}

/** Edits every cached list of a media type. */
export function updateLists(
  client: QueryClient,
  media: CollectionMediaType,
  update: (list: Collection[]) => Collection[],
) {
  cancelEdited(client, collectionKeys.lists(media));
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

export function updateCollection(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
  update: (collection: Collection) => Collection,
) {
  updateLists(client, media, (list) =>
    list.map((collection) => (collection.id === id ? update(collection) : collection)),
  );
  cancelEdited(client, [...collectionKeys.detail(media, id), 'info']);
  client.setQueriesData<Collection>(
    { queryKey: [...collectionKeys.detail(media, id), 'info'] },
    (old) => (old ? update(old) : old),
  );
}

export function findCollection(
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

export function setItemIds(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
  update: (ids: string[]) => string[],
) {
  cancelEdited(client, collectionKeys.itemIds(media, id));
  client.setQueryData<CollectionItemIds>(collectionKeys.itemIds(media, id), (old) =>
    old ? { ...old, ids: update(old.ids) } : old,
  );
}

export function removeFromItemPages(
  client: QueryClient,
  media: CollectionMediaType,
  id: string,
  ids: ReadonlySet<string>,
) {
  cancelEdited(client, [...collectionKeys.detail(media, id), 'items']);
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
export function useSettle(media: CollectionMediaType) {
  const client = useQueryClient();
  return (keys: readonly (readonly unknown[])[]) => {
    if (client.isMutating({ mutationKey: writeKey(media) }) > 1) return Promise.resolve();
    return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
  };
}
