// The video catalog database, <dataDir>/videos.sqlite: videos, editorial videos, their
// full-text indexes and vocabularies. Generated, so re-created whenever the generator changes.
import { ASSET_COLUMNS, openCatalogFile, VOCABULARY_TABLES, type OpenedDb } from '../db';

/** Bump when the video generator or this schema changes. */
export const VIDEO_CATALOG_VERSION = 'videos-1';

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE contributors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE INDEX contributors_name ON contributors (name COLLATE NOCASE);

CREATE TABLE videos (
  id INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  keywords TEXT NOT NULL,            -- JSON array
  categories TEXT NOT NULL,          -- video category ids, comma-separated, main first
  contributor_id INTEGER NOT NULL,
  duration REAL NOT NULL,            -- seconds
  fps REAL NOT NULL,
  resolution TEXT NOT NULL,          -- sd | hd | 4k (the largest rendition)
  aspect_ratio TEXT NOT NULL,        -- '16:9', '4:3', '9:16', …
  width INTEGER NOT NULL,            -- of the largest rendition
  height INTEGER NOT NULL,
  ${ASSET_COLUMNS}
  models TEXT NOT NULL               -- model ids, comma-separated
);
CREATE VIRTUAL TABLE videos_fts USING fts5 (description, keywords, content = '', tokenize = 'porter unicode61');

CREATE TABLE editorial_videos (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  caption TEXT NOT NULL,
  keywords TEXT NOT NULL,            -- JSON array
  categories TEXT NOT NULL,          -- category names, '|'-separated
  supplier_code TEXT NOT NULL,
  byline TEXT NOT NULL,
  date_taken TEXT NOT NULL,
  duration REAL NOT NULL,
  fps REAL NOT NULL,
  resolution TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  colors TEXT NOT NULL,
  restricted_in TEXT NOT NULL,       -- alpha-3 codes, comma-separated
  allowed_only TEXT NOT NULL,        -- alpha-3 codes, comma-separated; empty: everywhere
  popularity INTEGER NOT NULL
);
CREATE VIRTUAL TABLE editorial_videos_fts USING fts5 (title, caption, keywords, content = '', tokenize = 'porter unicode61');
${VOCABULARY_TABLES}`;

export function openVideoDb(dataDir: string, version: string): OpenedDb {
  return openCatalogFile(dataDir, 'videos.sqlite', version, SCHEMA);
}
