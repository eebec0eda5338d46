import type { TypedCollection } from '@/api/collections-browse';
import type { Collection, CollectionMediaType } from '@/api/types';

export type CollectionSort = 'recent' | 'name' | 'size';

export const COLLECTION_SORTS: readonly { value: CollectionSort; label: string }[] = [
  { value: 'recent', label: 'Recently changed' },
  { value: 'name', label: 'Name' },
  { value: 'size', label: 'Most items' },
];

export function parseSort(value: string | null): CollectionSort {
  return value === 'name' || value === 'size' ? value : 'recent';
}

/** When a collection last changed: its name, or its items. */
export function lastChange(collection: Collection): string | undefined {
  return [collection.items_updated_time, collection.updated_time, collection.created_time]
    .filter((time): time is string => Boolean(time))
    .sort()
    .at(-1);
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortCollections(
  list: readonly TypedCollection[],
  sort: CollectionSort,
): TypedCollection[] {
  const sorted = [...list];
  switch (sort) {
    case 'name':
      return sorted.sort((a, b) => byName.compare(a.collection.name, b.collection.name));
    case 'size':
      return sorted.sort(
        (a, b) =>
          b.collection.total_item_count - a.collection.total_item_count ||
          byName.compare(a.collection.name, b.collection.name),
      );
    default:
      return sorted.sort((a, b) =>
        (lastChange(b.collection) ?? '').localeCompare(lastChange(a.collection) ?? ''),
      );
  }
}

/** The collections of one type (or all), whose name holds the text. */
export function filterCollections(
  list: readonly TypedCollection[],
  text: string,
  media?: CollectionMediaType,
): TypedCollection[] {
  const needle = text.trim().toLowerCase();
  return list.filter(
    (entry) =>
      (!media || entry.media === media) &&
      (!needle || entry.collection.name.toLowerCase().includes(needle)),
  );
}
