// Featured video collections: curated from the video catalog by real searches, the same
// on every start. Built on first use and kept in memory; nothing of it is user data.
import type { VideoCatalog } from '.';
import type { VideoSearchParams } from './search';
import { FeaturedSet, featuredItems, type FeaturedRecord } from '../collections/featured-set';

// prettier-ignore
const THEMES: readonly { id: string; name: string; search: VideoSearchParams }[] = [
  { id: '29851001', name: 'Aerial views', search: { query: 'aerial' } },
  { id: '29851002', name: 'Slow motion', search: { query: 'slow motion' } },
  { id: '29851003', name: 'Time lapses', search: { query: 'time lapse' } },
  { id: '29851004', name: 'Wildlife in motion', search: { category: '1' } },
  { id: '29851005', name: 'Business in 4K', search: { category: '4', resolution: '4k' } },
  { id: '29851006', name: 'Vertical video for social', search: { query: 'vertical video' } },
  { id: '29851007', name: 'Food and drink', search: { category: '6' } },
  { id: '29851008', name: 'Technology', search: { category: '16' } },
];

/** Items per featured collection. */
const SIZE = 48;

export type FeaturedVideoCollection = FeaturedRecord;

export class FeaturedVideoCollections extends FeaturedSet<FeaturedVideoCollection> {
  constructor(private readonly catalog: VideoCatalog) {
    super();
  }

  protected build(): FeaturedVideoCollection[] {
    const { columns, videos } = this.catalog;
    return THEMES.flatMap((theme) => {
      const { indexes } = this.catalog.search.search({ ...theme.search, sort: 'popular' });
      const found = featuredItems(
        indexes,
        columns.ids,
        SIZE,
        (id) => videos.findMany([id])[0]?.added_date,
      );
      return found ? [{ id: theme.id, name: theme.name, ...found }] : [];
    });
  }
}
