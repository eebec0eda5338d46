// Changing collections: create, rename, delete, add and remove items, each optimistic
// with rollback, and serialised per media type. Apart from collections.ts so pages that
// only show what is saved do not load it until the save menu or a collections page does.
import {
  useIsMutating,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { apiRequest } from './client';
import {
  findCollection,
  removeFromItemPages,
  setItemIds,
  updateCollection,
  updateLists,
  useSettle,
  writeKey,
  writeScope,
} from './collection-cache';
import {
  chunks,
  COLLECTION_ITEMS_PER_REQUEST,
  collectionItemIdsOptions,
  collectionKeys,
  collectionPath,
  collectionsPath,
  OPTIMISTIC_PREFIX,
  type CollectionItemIds,
} from './collections';
import type {
  Collection,
  CollectionCreateRequest,
  CollectionCreateResponse,
  CollectionItem,
  CollectionItemRequest,
  CollectionMediaType,
  CollectionUpdateRequest,
} from './types';

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
      // Nothing more is asked about it; what it holds is read (from cache) for the undo.
      void client.cancelQueries({ queryKey: [...collectionKeys.detail(media, id), 'info'] });
      void client.cancelQueries({ queryKey: [...collectionKeys.detail(media, id), 'items'] });
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
