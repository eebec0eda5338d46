import { useCallback, useMemo } from 'react';
import { useCollectionMembership } from '@/api/collections';
import { useVideosByIds, type TypedCollection } from '@/api/collections-browse';
import { useImagesByIds } from '@/api/images-by-id';
import { imageSrc, imageSrcSet } from '@/lib/images';
import type { CoverPicture } from '../components/CoverMosaic';

export const COVERS = 3;
const PER_REQUEST = 100;

const keyOf = (entry: TypedCollection) => `${entry.media}:${entry.collection.id}`;

function groups(ids: Iterable<string>): string[][] {
  const sorted = [...new Set(ids)].sort();
  const out: string[][] = [];
  for (let i = 0; i < sorted.length; i += PER_REQUEST) out.push(sorted.slice(i, i + PER_REQUEST));
  return out;
}

/**
 * Cover pictures of the collections shown: the cover item, then the newest items. Images
 * by their sources, videos by their preview frame; music collections draw their own.
 */
export function useCollectionCovers(shown: readonly TypedCollection[]) {
  const imageItems = useCollectionMembership('image').itemIds;
  const videoItems = useCollectionMembership('video').itemIds;

  const covers = useMemo(() => {
    const byCollection = new Map<string, string[]>();
    for (const entry of shown) {
      if (entry.media === 'audio') continue;
      const items = (entry.media === 'image' ? imageItems : videoItems).get(entry.collection.id);
      const ids = [
        ...(entry.collection.cover_item ? [entry.collection.cover_item.id] : []),
        ...[...(items ?? [])].reverse(),
      ];
      byCollection.set(keyOf(entry), [...new Set(ids)].slice(0, COVERS));
    }
    return byCollection;
  }, [shown, imageItems, videoItems]);

  const [imageGroups, videoGroups] = useMemo(() => {
    const images: string[] = [];
    const videos: string[] = [];
    for (const entry of shown) {
      const ids = covers.get(keyOf(entry)) ?? [];
      if (entry.media === 'image') images.push(...ids);
      if (entry.media === 'video') videos.push(...ids);
    }
    return [groups(images), groups(videos)];
  }, [shown, covers]);
  const images = useImagesByIds(imageGroups);
  const videos = useVideosByIds(videoGroups);

  return useCallback(
    (entry: TypedCollection): (CoverPicture | undefined)[] =>
      (covers.get(keyOf(entry)) ?? []).map((id) => {
        if (entry.media === 'image') {
          const image = images.byId.get(id);
          const src = image && imageSrc(image, 400);
          return image && src ? { src, srcSet: imageSrcSet(image) } : undefined;
        }
        const assets = videos.byId.get(id)?.assets;
        const src = assets?.preview_jpg?.url ?? assets?.thumb_jpg?.url;
        return src ? { src } : undefined;
      }),
    [covers, images.byId, videos.byId],
  );
}
