import { useMemo } from 'react';
import { useImagesByIds } from '@/api/images-by-id';
import type { CollectionItemDataList, Image } from '@/api/types';

/** A collection's items as images, in the collection's order: ids page by page, then the images of each page. */
export function useItemImages(pages: readonly CollectionItemDataList[] | undefined) {
  const groups = useMemo(
    () => (pages ?? []).map((page) => page.data.map((item) => item.id)),
    [pages],
  );
  const lookup = useImagesByIds(groups);
  const order = useMemo(() => groups.flat(), [groups]);
  const images = useMemo(() => {
    const seen = new Set<string>();
    const list: Image[] = [];
    for (const id of order) {
      const image = lookup.byId.get(id);
      if (image && !seen.has(id)) {
        seen.add(id);
        list.push(image);
      }
    }
    return list;
  }, [order, lookup.byId]);
  const ids = useMemo(() => images.map((image) => image.id), [images]);
  return { images, ids, order, lookup };
}
