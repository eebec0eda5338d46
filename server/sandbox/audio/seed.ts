// The music and sound-effect catalog database, <dataDir>/audio.sqlite: schema, version
// and the deterministic seeding (a progress line when asked).
import { openCatalogFile, setMeta, type Db } from '../db';
import { consoleProgress, silentProgress } from '../seed/progress';
import {
  generateAlbums,
  generateArtists,
  generateSfx,
  generateTracks,
  type AudioCatalogOptions,
} from './generate';

/** Bump when the generator or the schema changes: the file is then re-created. */
export const AUDIO_CATALOG_VERSION = 'audio-3';

export const DEFAULT_AUDIO_CATALOG: AudioCatalogOptions = {
  seed: 20_260_303,
  trackCount: 10_000,
  sfxCount: 2_000,
};

const ARTIST_COUNT = 600;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE INDEX artists_name ON artists (name COLLATE NOCASE);
CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT NOT NULL, artist_id INTEGER NOT NULL);

CREATE TABLE tracks (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  artist_ids TEXT NOT NULL,          -- comma-separated, main artist (the contributor) first
  album_id INTEGER NOT NULL,
  bpm INTEGER NOT NULL,
  duration INTEGER NOT NULL,         -- seconds
  genres TEXT NOT NULL,              -- JSON array
  moods TEXT NOT NULL,               -- JSON array
  instruments TEXT NOT NULL,         -- JSON array
  vocal_description TEXT NOT NULL,
  is_instrumental INTEGER NOT NULL,
  keywords TEXT NOT NULL,            -- JSON array
  added_date TEXT NOT NULL,
  published_time TEXT NOT NULL,
  popularity INTEGER NOT NULL,
  musical_key INTEGER NOT NULL
);
CREATE VIRTUAL TABLE tracks_fts USING fts5 (
  title, artists, description, keywords, tags, content = '', tokenize = 'porter unicode61'
);

CREATE TABLE sfx (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  category INTEGER NOT NULL,         -- index into SFX_CATEGORIES
  duration REAL NOT NULL,            -- seconds
  keywords TEXT NOT NULL,            -- JSON array
  contributor_id INTEGER NOT NULL,
  added_date TEXT NOT NULL,
  popularity INTEGER NOT NULL,
  is_adult INTEGER NOT NULL
);
CREATE VIRTUAL TABLE sfx_fts USING fts5 (
  title, description, keywords, content = '', tokenize = 'porter unicode61'
);
`;

export function audioCatalogVersion(options: AudioCatalogOptions): string {
  return `${AUDIO_CATALOG_VERSION}:${options.seed}:${options.trackCount}:${options.sfxCount}`;
}

export interface OpenedAudioDb {
  db: Db;
  /** How long seeding took, or undefined when an existing catalog was reused. */
  seedMs: number | undefined;
}

/** Opens <dataDir>/audio.sqlite, seeding it first when it is new or of another version. */
export function openAudioDb(
  dataDir: string,
  options: { showProgress: boolean; catalog?: AudioCatalogOptions },
): OpenedAudioDb {
  const catalog = options.catalog ?? DEFAULT_AUDIO_CATALOG;
  const version = audioCatalogVersion(catalog);
  const { db, fresh } = openCatalogFile(dataDir, 'audio.sqlite', version, SCHEMA);
  if (!fresh) return { db, seedMs: undefined };
  const seedMs = seedAudio(db, catalog, options.showProgress);
  setMeta(db, 'catalog_version', version);
  return { db, seedMs };
}

function seedAudio(db: Db, catalog: AudioCatalogOptions, showProgress: boolean): number {
  const started = performance.now();
  const total = catalog.trackCount + catalog.sfxCount;
  const progress = showProgress
    ? consoleProgress(
        `Generating the music catalog (${catalog.trackCount.toLocaleString('en')} tracks, ${catalog.sfxCount.toLocaleString('en')} sound effects)`,
        total,
      )
    : silentProgress;
  const artists = generateArtists(catalog.seed, ARTIST_COUNT);
  const albums = generateAlbums(catalog.seed, artists);
  const artistName = new Map(artists.map((artist) => [artist.id, artist.name]));
  const albumTitle = new Map(albums.map((album) => [album.id, album.title]));

  const insertTrack =
    db.prepare(`INSERT INTO tracks (id, title, description, artist_ids, album_id, bpm,
    duration, genres, moods, instruments, vocal_description, is_instrumental, keywords, added_date,
    published_time, popularity, musical_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTrackText = db.prepare(
    'INSERT INTO tracks_fts (rowid, title, artists, description, keywords, tags) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSfx =
    db.prepare(`INSERT INTO sfx (id, title, description, category, duration, keywords,
    contributor_id, added_date, popularity, is_adult) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertSfxText = db.prepare(
    'INSERT INTO sfx_fts (rowid, title, description, keywords) VALUES (?, ?, ?, ?)',
  );

  let done = 0;
  db.transaction(() => {
    const insertArtist = db.prepare('INSERT INTO artists (id, name) VALUES (?, ?)');
    for (const artist of artists) insertArtist.run(artist.id, artist.name);
    const insertAlbum = db.prepare('INSERT INTO albums (id, title, artist_id) VALUES (?, ?, ?)');
    for (const album of albums) insertAlbum.run(album.id, album.title, album.artistId);

    for (const track of generateTracks(catalog, artists, albums)) {
      insertTrack.run(
        track.id,
        track.title,
        track.description,
        track.artistIds.join(','),
        track.albumId,
        track.bpm,
        track.duration,
        JSON.stringify(track.genres),
        JSON.stringify(track.moods),
        JSON.stringify(track.instruments),
        track.vocalDescription,
        track.isInstrumental ? 1 : 0,
        JSON.stringify(track.keywords),
        track.addedDate,
        track.publishedTime,
        track.popularity,
        track.key,
      );
      insertTrackText.run(
        track.id,
        track.title,
        track.artistIds.map((id) => artistName.get(id) ?? '').join(', '),
        `${track.description} ${albumTitle.get(track.albumId) ?? ''}`,
        track.keywords.join(', '),
        [...track.genres, ...track.moods, ...track.instruments, track.vocalDescription].join(', '),
      );
      if (++done % 1000 === 0) progress.update(done);
    }
    for (const sfx of generateSfx(catalog, artists)) {
      insertSfx.run(
        sfx.id,
        sfx.title,
        sfx.description,
        sfx.category,
        sfx.duration,
        JSON.stringify(sfx.keywords),
        sfx.contributorId,
        sfx.addedDate,
        sfx.popularity,
        sfx.isAdult ? 1 : 0,
      );
      insertSfxText.run(sfx.id, sfx.title, sfx.description, sfx.keywords.join(', '));
      if (++done % 1000 === 0) progress.update(done);
    }
    db.exec("INSERT INTO tracks_fts (tracks_fts) VALUES ('optimize')");
    db.exec("INSERT INTO sfx_fts (sfx_fts) VALUES ('optimize')");
    setMeta(db, 'catalog_seed', String(catalog.seed));
  })();
  progress.update(total);
  const ms = performance.now() - started;
  progress.finish(
    `Music catalog ready: ${catalog.trackCount.toLocaleString('en')} tracks, ${catalog.sfxCount.toLocaleString('en')} sound effects in ${(ms / 1000).toFixed(1)} s.`,
  );
  return ms;
}
