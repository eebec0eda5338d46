// The media types collections hold, and how to tell whether an asset of each exists.
// Adding video or audio collections is one entry here (its catalog's lookup) and one
// route registration in index.ts.
import type { Catalog } from '../catalog';
import type { AudioCatalog } from '../audio';
import type { VideoCatalog } from '../videos';

export type MediaType = 'image' | 'video' | 'audio';

export interface MediaKind {
  mediaType: MediaType;
  /** The vendor's path segment: /v2/{segment}/collections. */
  segment: 'images' | 'videos' | 'audio';
  /** For messages: "Image 123 not found". */
  label: string;
  /** Of the given ids, those the catalog has no asset for. */
  missing(ids: string[]): string[];
  /** Names (captions) and searchable text of the given assets, by id. */
  describe(ids: string[]): Map<string, { name: string; text: string }>;
}

const ASSET_ID = /^[1-9]\d{0,14}$/;

/**
 * A media kind over its catalog's rows: `findMany` looks rows up by numeric id, `describe`
 * names one and gives its searchable words.
 */
function kindOf<Row extends { id: number }>(
  kind: Pick<MediaKind, 'mediaType' | 'segment' | 'label'>,
  findMany: (ids: number[]) => Row[],
  describe: (row: Row) => { name: string; words: string },
): MediaKind {
  const rows = (ids: string[]) => findMany(ids.filter((id) => ASSET_ID.test(id)).map(Number));
  return {
    ...kind,
    missing(ids) {
      const found = new Set(rows(ids).map((row) => String(row.id)));
      return ids.filter((id) => !found.has(id));
    },
    describe(ids) {
      return new Map(
        rows(ids).map((row) => {
          const { name, words } = describe(row);
          return [String(row.id), { name, text: words.toLowerCase() }];
        }),
      );
    },
  };
}

export function imageKind(catalog: Catalog): MediaKind {
  return kindOf(
    { mediaType: 'image', segment: 'images', label: 'Image' },
    (ids) => catalog.images.findMany(ids),
    (row) => ({ name: row.description, words: `${row.description} ${row.keywords}` }),
  );
}

export function videoKind(videos: VideoCatalog): MediaKind {
  return kindOf(
    { mediaType: 'video', segment: 'videos', label: 'Video' },
    (ids) => videos.videos.findMany(ids),
    (row) => ({ name: row.description, words: `${row.description} ${row.keywords}` }),
  );
}

/** Music tracks (/v2/audio/collections). */
export function audioKind(audio: AudioCatalog): MediaKind {
  return kindOf(
    { mediaType: 'audio', segment: 'audio', label: 'Track' },
    (ids) => audio.tracks.findMany(ids),
    (row) => ({ name: row.title, words: `${row.title} ${row.description} ${row.keywords}` }),
  );
}
