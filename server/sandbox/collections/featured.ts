// Featured image collections: curated from the catalog by real searches, the same on
// every start (the catalog is deterministic, and so is search by popularity). Built on
// first use and kept in memory; nothing of it is user data.
import type { Catalog } from '../catalog';
import type { ImageSearchParams } from '../catalog/search';

export type FeaturedType = 'photo' | 'vector' | 'editorial';

interface Theme {
  id: string;
  name: string;
  type: FeaturedType;
  search: ImageSearchParams;
}

// prettier-ignore
const THEMES: readonly Theme[] = [
  { id: '19851001', name: 'Mountain mornings', type: 'photo', search: { query: 'mountain morning', image_type: ['photo'] } },
  { id: '19851002', name: 'Remote work', type: 'photo', search: { query: 'home office', image_type: ['photo'] } },
  { id: '19851003', name: 'Street food', type: 'photo', search: { query: 'street food', image_type: ['photo'] } },
  { id: '19851004', name: 'Ocean waves', type: 'photo', search: { query: 'ocean wave', image_type: ['photo'] } },
  { id: '19851005', name: 'City skylines', type: 'photo', search: { query: 'city skyline', image_type: ['photo'] } },
  { id: '19851006', name: 'Flat illustrations', type: 'vector', search: { query: 'flat illustration', image_type: ['vector', 'illustration'] } },
  { id: '19851007', name: 'Line icons', type: 'vector', search: { query: 'line icon', image_type: ['vector'] } },
  { id: '19851008', name: 'Watercolor', type: 'vector', search: { query: 'watercolor', image_type: ['vector', 'illustration'] } },
  { id: '19851009', name: 'On the red carpet', type: 'editorial', search: { query: 'red carpet', license: ['editorial'] } },
  { id: '19851010', name: 'Festival season', type: 'editorial', search: { query: 'festival', license: ['editorial'] } },
];

/** Items per featured collection. */
const SIZE = 60;

export interface FeaturedCollectionRecord {
  id: string;
  name: string;
  type: FeaturedType;
  /** Image ids, the cover first. */
  items: string[];
  /** When its newest image was added: the collection's times. */
  time: string;
}

export class FeaturedCollections {
  private built: FeaturedCollectionRecord[] | undefined;

  constructor(private readonly catalog: Catalog) {}

  all(): FeaturedCollectionRecord[] {
    this.built ??= this.build();
    return this.built;
  }

  find(id: string): FeaturedCollectionRecord | undefined {
    return this.all().find((collection) => collection.id === id);
  }

  private build(): FeaturedCollectionRecord[] {
    const { columns, images } = this.catalog;
    return THEMES.flatMap((theme) => {
      const { indexes } = this.catalog.search.search({ ...theme.search, sort: 'popular' });
      const ids = Array.from(indexes.subarray(0, SIZE), (i) => columns.ids[i] as number);
      if (ids.length === 0) return [];
      const newest = images.findMany([Math.max(...ids)])[0]?.added_date ?? '2020-01-01';
      return [
        {
          id: theme.id,
          name: theme.name,
          type: theme.type,
          items: ids.map(String),
          time: `${newest}T00:00:00.000Z`,
        },
      ];
    });
  }
}
