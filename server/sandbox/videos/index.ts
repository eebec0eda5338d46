// The video catalog as the routes use it: search, videos by id, suggestions, similar
// videos, updates and editorial videos, over <dataDir>/videos.sqlite.
import { Suggestions } from '../catalog/suggestions';
import { Vocabulary } from '../catalog/text';
import type { Db } from '../db';
import { VideoColumns } from './columns';
import { openVideoDb } from './db';
import { EditorialVideos } from './editorial';
import { VideoSearch } from './search';
import {
  markVideoCatalogSeeded,
  seedVideoCatalog,
  videoCatalogVersion,
  type VideoCatalogOptions,
} from './seed';
import { SimilarVideos } from './similar';
import { VideoStore } from './videos';

export { DEFAULT_VIDEO_CATALOG, type VideoCatalogOptions } from './seed';

export class VideoCatalog {
  readonly columns: VideoColumns;
  readonly videos: VideoStore;
  readonly search: VideoSearch;
  readonly suggestions: Suggestions;
  readonly similar: SimilarVideos;
  readonly editorial: EditorialVideos;

  constructor(readonly db: Db) {
    this.columns = new VideoColumns(db);
    this.videos = new VideoStore(db);
    const words = db.prepare('SELECT word, frequency FROM words').raw().all() as [string, number][];
    this.search = new VideoSearch(db, this.columns, new Vocabulary(words), (values) =>
      this.contributorIds(values),
    );
    this.suggestions = new Suggestions(db);
    this.similar = new SimilarVideos(db, this.columns, this.search);
    this.editorial = new EditorialVideos(db);
  }

  /** Contributor ids from ids or names (the vendor's contributor filter takes either). */
  contributorIds(namesOrIds: string[]): number[] {
    const byName = this.db
      .prepare('SELECT id FROM contributors WHERE name = ? COLLATE NOCASE')
      .pluck();
    return namesOrIds.flatMap((value) =>
      /^\d+$/.test(value) ? [Number(value)] : (byName.all(value) as number[]),
    );
  }
}

/** Opens videos.sqlite, seeding it first when it is new or from another generator version. */
export function openVideoCatalog(
  dataDir: string,
  options: VideoCatalogOptions,
  showProgress: boolean,
): { catalog: VideoCatalog; seedMs: number | undefined } {
  const { db, fresh } = openVideoDb(dataDir, videoCatalogVersion(options));
  let seedMs: number | undefined;
  if (fresh) {
    seedMs = seedVideoCatalog(db, options, showProgress);
    markVideoCatalogSeeded(db, options);
  }
  return { catalog: new VideoCatalog(db), seedMs };
}
