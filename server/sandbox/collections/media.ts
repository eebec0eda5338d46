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

export function imageKind(catalog: Catalog): MediaKind {
  return {
    mediaType: 'image',
    segment: 'images',
    label: 'Image',
    missing(ids) {
      const wellFormed = ids.filter((id) => ASSET_ID.test(id));
      const found = new Set(
        catalog.images.findMany(wellFormed.map(Number)).map((row) => String(row.id)),
      );
      return ids.filter((id) => !found.has(id));
    },
    describe(ids) {
      const rows = catalog.images.findMany(ids.filter((id) => ASSET_ID.test(id)).map(Number));
      return new Map(
        rows.map((row) => [
          String(row.id),
          { name: row.description, text: `${row.description} ${row.keywords}`.toLowerCase() },
        ]),
      );
    },
  };
}

export function videoKind(videos: VideoCatalog): MediaKind {
  const rows = (ids: string[]) =>
    videos.videos.findMany(ids.filter((id) => ASSET_ID.test(id)).map(Number));
  return {
    mediaType: 'video',
    segment: 'videos',
    label: 'Video',
    missing(ids) {
      const found = new Set(rows(ids).map((row) => String(row.id)));
      return ids.filter((id) => !found.has(id));
    },
    describe(ids) {
      return new Map(
        rows(ids).map((row) => [
          String(row.id),
          { name: row.description, text: `${row.description} ${row.keywords}`.toLowerCase() },
        ]),
      );
    },
  };
}

/** Music tracks (/v2/audio/collections). */
export function audioKind(audio: AudioCatalog): MediaKind {
  const rows = (ids: string[]) =>
    audio.tracks.findMany(ids.filter((id) => ASSET_ID.test(id)).map(Number));
  return {
    mediaType: 'audio',
    segment: 'audio',
    label: 'Track',
    missing(ids) {
      const found = new Set(rows(ids).map((row) => String(row.id)));
      return ids.filter((id) => !found.has(id));
    },
    describe(ids) {
      return new Map(
        rows(ids).map((row) => [
          String(row.id),
          {
            name: row.title,
            text: `${row.title} ${row.description} ${row.keywords}`.toLowerCase(),
          },
        ]),
      );
    },
  };
}
