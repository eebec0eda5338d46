// The catalog database: schema and catalog version. It holds only what the generator
// makes, so it can be re-created at will; what users make lives in state/ (state.sqlite).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Bump when the generator or the schema changes: an existing database with another
 * version is re-created and re-seeded on the next start.
 */
export const CATALOG_VERSION = 'images-4';

/** The columns every stock asset table has (images, videos): colours, people, date, rights. */
export const ASSET_COLUMNS = `colors TEXT NOT NULL,              -- '#rrggbb', comma-separated
  people_number INTEGER NOT NULL,
  people_age TEXT,
  people_gender TEXT,
  people_ethnicity TEXT NOT NULL,    -- comma-separated
  people_model_released INTEGER NOT NULL,
  added_date TEXT NOT NULL,
  popularity INTEGER NOT NULL,
  is_editorial INTEGER NOT NULL,
  is_adult INTEGER NOT NULL,
  has_property_release INTEGER NOT NULL,`;

/** Keyword vocabulary (suggestions) and word vocabulary (spellcheck), with frequencies. */
export const VOCABULARY_TABLES = `
CREATE TABLE keywords (id INTEGER PRIMARY KEY, keyword TEXT NOT NULL UNIQUE, frequency INTEGER NOT NULL);
CREATE TABLE words (word TEXT PRIMARY KEY, frequency INTEGER NOT NULL) WITHOUT ROWID;
`;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE contributors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE INDEX contributors_name ON contributors (name COLLATE NOCASE);

CREATE TABLE images (
  id INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  keywords TEXT NOT NULL,            -- JSON array of strings
  categories TEXT NOT NULL,          -- category ids, comma-separated, main first
  contributor_id INTEGER NOT NULL REFERENCES contributors (id),
  image_type TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  ${ASSET_COLUMNS}
  releases TEXT NOT NULL,            -- JSON array of strings
  models TEXT NOT NULL,              -- model ids, comma-separated
  keyword_ids BLOB NOT NULL          -- the keywords' ids (keywords.id), little-endian uint16
);

-- Full-text search over captions and keywords (contentless: rows live in images).
CREATE VIRTUAL TABLE images_fts USING fts5 (
  description, keywords, content = '', tokenize = 'porter unicode61'
);

${VOCABULARY_TABLES}`;

/** Indexes for the SQL filters, created after the bulk insert (faster seeding). */
export const IMAGE_INDEXES = `
CREATE INDEX images_popularity ON images (popularity DESC, id DESC);
CREATE INDEX images_added_date ON images (added_date);
CREATE INDEX images_contributor ON images (contributor_id);
CREATE INDEX images_type ON images (image_type);
`;

export interface OpenedDb {
  db: Db;
  /** True when the database was (re-)created and must be seeded. */
  fresh: boolean;
}

/**
 * Opens (or creates) a generated catalog database `<dataDir>/<file>`. A database seeded
 * by another version (`version`: the part's generator version plus its options), or one
 * that never finished seeding, is deleted and created afresh from `schema`. Each media
 * type keeps its catalog in a file of its own, so one can be regenerated without the rest.
 */
export function openCatalogFile(
  dataDir: string,
  file: string,
  version: string,
  schema: string,
  /** SQLite's page cache for this file, in MiB: what its hot pages need, no more. */
  cacheMb = 8,
): OpenedDb {
  fs.mkdirSync(dataDir, { recursive: true });
  const filePath = path.join(dataDir, file);
  if (fs.existsSync(filePath) && readVersion(filePath) !== version) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
  }
  const fresh = !fs.existsSync(filePath);
  const db = new Database(filePath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${cacheMb * 1024}`);
  if (fresh) db.exec(schema);
  return { db, fresh };
}

/** The image catalog, `<dataDir>/sandbox.sqlite`. */
export function openDb(dataDir: string, version: string): OpenedDb {
  return openCatalogFile(dataDir, 'sandbox.sqlite', version, SCHEMA, 16);
}

/** The catalog version of an existing database file, or undefined when it has none (incomplete seed). */
function readVersion(file: string): string | undefined {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare("SELECT value FROM meta WHERE key = 'catalog_version'").get() as
        { value: string } | undefined;
      return row?.value;
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function getMeta(db: Db, key: string): string | undefined {
  return (
    db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined
  )?.value;
}
