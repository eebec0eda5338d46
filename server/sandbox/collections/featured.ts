// Featured image collections: curated from the catalog by real searches, the same on
// every start (the catalog is deterministic, and so is search by popularity). Built on
// first use and kept in memory; nothing of it is user data.
import type { Catalog } from '../catalog';
import type { ImageSearchParams } from '../catalog/search';
import { FeaturedSet, featuredItems, type FeaturedRecord } from './featured-set';

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

export interface FeaturedCollectionRecord extends FeaturedRecord {
  type: FeaturedType;
}

export class FeaturedCollections extends FeaturedSet<FeaturedCollectionRecord> {
  constructor(private readonly catalog: Catalog) {
    super();
  }

  protected build(): FeaturedCollectionRecord[] {
    const { columns, images } = this.catalog;
    return THEMES.flatMap((theme) => {
      const { indexes } = this.catalog.search.search({ ...theme.search, sort: 'popular' });
      const found = featuredItems(
        indexes,
        columns.ids,
        SIZE,
        (id) => images.findMany([id])[0]?.added_date,
      );
      return found ? [{ id: theme.id, name: theme.name, type: theme.type, ...found }] : [];
    });
  }
}
