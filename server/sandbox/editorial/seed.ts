// The editorial catalog database, <dataDir>/editorial.sqlite: schema, version and the
// deterministic seeding (about 20,000 pictures and a few dozen live feeds).
import { openCatalogFile, setMeta, type Db } from '../db';
import { consoleProgress, silentProgress } from '../seed/progress';
import { generateEditorial, type EditorialOptions } from './generate';

/** Bump when the generator or the schema changes: the file is then re-created. */
export const EDITORIAL_VERSION = 'editorial-2';

export const DEFAULT_EDITORIAL: EditorialOptions = {
  seed: 20_261_120,
  imageCount: 20_000,
  feedCount: 36,
};

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE feeds (
  idx INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,           -- the vendor's id, URL-encoded "YYYY/MM/DD/name"
  name TEXT NOT NULL,
  created_time TEXT NOT NULL
);
CREATE TABLE editorial_images (
  num INTEGER PRIMARY KEY,           -- the vendor id's digits
  id TEXT NOT NULL UNIQUE,           -- the vendor id, e.g. 10687730b
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  caption TEXT NOT NULL,
  keywords TEXT NOT NULL,            -- JSON array
  categories TEXT NOT NULL,          -- JSON array of category names
  supplier_code TEXT NOT NULL,
  byline TEXT NOT NULL,
  date_taken TEXT NOT NULL,          -- YYYY-MM-DD
  created_time TEXT NOT NULL,
  updated_time TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  colors TEXT NOT NULL,              -- '#rrggbb', comma-separated
  rights TEXT NOT NULL,              -- '' (everywhere) or the vendor's "+GBR,+USA,-*" / "-FRA"
  special_instructions TEXT NOT NULL,
  motif TEXT NOT NULL,
  feed INTEGER                       -- feeds.idx of a live feed, or NULL
);
CREATE VIRTUAL TABLE editorial_fts USING fts5 (
  title, description, keywords, content = '', tokenize = 'porter unicode61'
);
`;

const INDEXES = `
CREATE INDEX editorial_created ON editorial_images (created_time);
CREATE INDEX editorial_updated ON editorial_images (updated_time);
CREATE INDEX editorial_feed ON editorial_images (feed) WHERE feed IS NOT NULL;
`;

export function editorialVersion(options: EditorialOptions): string {
  return `${EDITORIAL_VERSION}:${options.seed}:${options.imageCount}:${options.feedCount}`;
}

/** Opens editorial.sqlite, seeding it when fresh; `ms` is the seeding time (undefined when reused). */
export function openEditorialDb(
  dataDir: string,
  options: EditorialOptions = DEFAULT_EDITORIAL,
  showProgress = false,
): { db: Db; ms: number | undefined } {
  const version = editorialVersion(options);
  const { db, fresh } = openCatalogFile(dataDir, 'editorial.sqlite', version, SCHEMA);
  if (!fresh) return { db, ms: undefined };
  const started = performance.now();
  const progress = showProgress
    ? consoleProgress(
        `Generating the editorial catalog (${options.imageCount.toLocaleString('en')} images)`,
        options.imageCount,
      )
    : silentProgress;
  const { images, feeds } = generateEditorial(options);
  const insertFeed = db.prepare(
    'INSERT INTO feeds (idx, id, name, created_time) VALUES (?, ?, ?, ?)',
  );
  const insert =
    db.prepare(`INSERT INTO editorial_images (num, id, title, description, caption, keywords, categories,
    supplier_code, byline, date_taken, created_time, updated_time, width, height, colors, rights,
    special_instructions, motif, feed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFts = db.prepare(
    'INSERT INTO editorial_fts (rowid, title, description, keywords) VALUES (?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const feed of feeds) insertFeed.run(feed.index, feed.id, feed.name, feed.createdTime);
    images.forEach((image, i) => {
      insert.run(
        image.num,
        image.id,
        image.title,
        image.description,
        image.caption,
        JSON.stringify(image.keywords),
        JSON.stringify(image.categories),
        image.supplierCode,
        image.byline,
        image.dateTaken,
        image.createdTime,
        image.updatedTime,
        image.width,
        image.height,
        image.colors.join(','),
        image.rights,
        image.specialInstructions,
        image.motif,
        image.feed >= 0 ? image.feed : null,
      );
      insertFts.run(image.num, image.title, image.description, image.keywords.join(', '));
      if (i % 2000 === 0) progress.update(i);
    });
    db.exec(INDEXES);
    db.exec("INSERT INTO editorial_fts (editorial_fts) VALUES ('optimize')");
    setMeta(db, 'editorial_images', String(images.length));
  })();
  setMeta(db, 'catalog_version', version);
  const ms = performance.now() - started;
  progress.update(options.imageCount);
  progress.finish(
    `Editorial catalog ready: ${images.length.toLocaleString('en')} images, ${feeds.length} live feeds in ${(ms / 1000).toFixed(1)} s.`,
  );
  return { db, ms };
}
