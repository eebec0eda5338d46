// What the featured image and video collections share: each built on first use from real
// searches of its catalog (the most popular results of a theme), then kept in memory.

export interface FeaturedRecord {
  id: string;
  name: string;
  /** Asset ids, the cover first. */
  items: string[];
  /** When its newest asset was added: the collection's times. */
  time: string;
}

export abstract class FeaturedSet<Record extends FeaturedRecord> {
  private built: Record[] | undefined;

  all(): Record[] {
    this.built ??= this.build();
    return this.built;
  }

  find(id: string): Record | undefined {
    return this.all().find((collection) => collection.id === id);
  }

  protected abstract build(): Record[];
}

/**
 * A theme's items, the first `size` of a search's result (`indexes` into the catalog's `ids`
 * column), and its time, from when the newest was added; undefined when the search found none.
 */
export function featuredItems(
  indexes: Int32Array,
  ids: ArrayLike<number>,
  size: number,
  addedDate: (id: number) => string | undefined,
): Pick<FeaturedRecord, 'items' | 'time'> | undefined {
  const found = Array.from(indexes.subarray(0, size), (i) => ids[i] as number);
  if (found.length === 0) return undefined;
  const newest = addedDate(Math.max(...found)) ?? '2020-01-01';
  return { items: found.map(String), time: `${newest}T00:00:00.000Z` };
}
