import { useMemo } from 'react';
import { useTracksByIds, useVideosByIds } from '@/api/collections-browse';
import type { CollectionItemDataList } from '@/api/types';

function usePageGroups(pages: readonly CollectionItemDataList[] | undefined) {
  return useMemo(() => (pages ?? []).map((page) => page.data.map((item) => item.id)), [pages]);
}

function useOrdered<T extends { id: string }>(
  groups: readonly (readonly string[])[],
  byId: ReadonlyMap<string, T>,
) {
  const order = useMemo(() => groups.flat(), [groups]);
  const assets = useMemo(() => {
    const seen = new Set<string>();
    const list: T[] = [];
    for (const id of order) {
      const asset = byId.get(id);
      if (asset && !seen.has(id)) {
        seen.add(id);
        list.push(asset);
      }
    }
    return list;
  }, [order, byId]);
  const ids = useMemo(() => assets.map((asset) => asset.id), [assets]);
  return { assets, ids, order };
}

/** A video collection's items as videos, in the collection's order. */
export function useItemVideos(pages: readonly CollectionItemDataList[] | undefined) {
  const groups = usePageGroups(pages);
  const lookup = useVideosByIds(groups);
  return { ...useOrdered(groups, lookup.byId), lookup };
}

/** A music collection's items as tracks, in the collection's order. */
export function useItemTracks(pages: readonly CollectionItemDataList[] | undefined) {
  const groups = usePageGroups(pages);
  const lookup = useTracksByIds(groups);
  return { ...useOrdered(groups, lookup.byId), lookup };
}
