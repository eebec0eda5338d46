// Featured video collections: curated from the video catalog by real searches, the same
// on every start. Built on first use and kept in memory; nothing of it is user data.
import type { VideoCatalog } from '.';
import type { VideoSearchParams } from './search';

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

export interface FeaturedVideoCollection {
  id: string;
  name: string;
  /** Video ids, the cover first. */
  items: string[];
  /** When its newest video was added. */
  time: string;
}

export class FeaturedVideoCollections {
  private built: FeaturedVideoCollection[] | undefined;

  constructor(private readonly catalog: VideoCatalog) {}

  all(): FeaturedVideoCollection[] {
    this.built ??= this.build();
    return this.built;
  }

  find(id: string): FeaturedVideoCollection | undefined {
    return this.all().find((collection) => collection.id === id);
  }

  private build(): FeaturedVideoCollection[] {
    const { columns, videos } = this.catalog;
    return THEMES.flatMap((theme) => {
      const { indexes } = this.catalog.search.search({ ...theme.search, sort: 'popular' });
      const ids = Array.from(indexes.subarray(0, SIZE), (i) => columns.ids[i] as number);
      if (ids.length === 0) return [];
      const newest = videos.findMany([Math.max(...ids)])[0]?.added_date ?? '2020-01-01';
      return [
        { id: theme.id, name: theme.name, items: ids.map(String), time: `${newest}T00:00:00.000Z` },
      ];
    });
  }
}
