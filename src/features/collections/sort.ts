import type { Collection } from '@/api/types';

export type CollectionSort = 'recent' | 'name' | 'size';

export const COLLECTION_SORTS: readonly { value: CollectionSort; label: string }[] = [
  { value: 'recent', label: 'Recently changed' },
  { value: 'name', label: 'Name' },
  { value: 'size', label: 'Most images' },
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

export function sortCollections(list: readonly Collection[], sort: CollectionSort): Collection[] {
  const sorted = [...list];
  switch (sort) {
    case 'name':
      return sorted.sort((a, b) => byName.compare(a.name, b.name));
    case 'size':
      return sorted.sort(
        (a, b) => b.total_item_count - a.total_item_count || byName.compare(a.name, b.name),
      );
    default:
      return sorted.sort((a, b) => (lastChange(b) ?? '').localeCompare(lastChange(a) ?? ''));
  }
}

export function filterCollections(list: readonly Collection[], text: string): Collection[] {
  const needle = text.trim().toLowerCase();
  return needle ? list.filter((c) => c.name.toLowerCase().includes(needle)) : [...list];
}
