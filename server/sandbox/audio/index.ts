// The music and sound-effect catalog as the routes use it: track search and details,
// the vocabularies, sound effects. Its own database file, audio.sqlite.
import type { Db } from '../db';
import { TrackColumns } from './columns';
import type { AudioCatalogOptions } from './generate';
import { TrackSearch } from './search';
import { openAudioDb } from './seed';
import { SoundEffects } from './sfx';
import { TrackStore } from './tracks';

export { DEFAULT_AUDIO_CATALOG } from './seed';
export type { AudioCatalogOptions } from './generate';

export class AudioCatalog {
  readonly columns: TrackColumns;
  readonly tracks: TrackStore;
  readonly search: TrackSearch;
  readonly sfx: SoundEffects;

  constructor(readonly db: Db) {
    this.columns = new TrackColumns(db);
    this.tracks = new TrackStore(db);
    this.search = new TrackSearch(db, this.columns, (values) => this.artistIds(values));
    this.sfx = new SoundEffects(db);
  }

  /** Artist ids from ids or names (the artists filter takes either). */
  artistIds(namesOrIds: string[]): number[] {
    const byName = this.db.prepare('SELECT id FROM artists WHERE name = ? COLLATE NOCASE').pluck();
    return namesOrIds.flatMap((value) =>
      /^\d{1,15}$/.test(value) ? [Number(value)] : (byName.all(value.trim()) as number[]),
    );
  }

  close(): void {
    this.db.close();
  }
}

export interface OpenedAudioCatalog {
  catalog: AudioCatalog;
  /** How long seeding took on this start, or undefined when the catalog was reused. */
  seedMs: number | undefined;
}

export function openAudioCatalog(
  dataDir: string,
  options: { showProgress: boolean; catalog?: AudioCatalogOptions },
): OpenedAudioCatalog {
  const { db, seedMs } = openAudioDb(dataDir, options);
  return { catalog: new AudioCatalog(db), seedMs };
}
