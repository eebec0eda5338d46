// The state database's schema, as numbered migrations. Each runs once, in order, and
// PRAGMA user_version records how far a database has come. Never edit or reorder a
// released migration: add a new one.

export const MIGRATIONS: readonly string[] = [
  // 1: accounts (moved here from the catalog database)
  `
  CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    language TEXT NOT NULL,
    team_id TEXT NOT NULL REFERENCES teams (id),
    customer_id TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    scopes TEXT NOT NULL,              -- space-separated
    access_token TEXT NOT NULL UNIQUE
  );
  CREATE TABLE api_clients (
    client_id TEXT PRIMARY KEY,
    client_secret TEXT NOT NULL,
    name TEXT NOT NULL
  );
  CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    asset_type TEXT NOT NULL,
    license TEXT NOT NULL,
    description TEXT NOT NULL,
    downloads_limit INTEGER NOT NULL,
    downloads_left INTEGER NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    formats TEXT NOT NULL,             -- JSON array of LicenseFormat
    price_amount REAL,
    price_currency TEXT,
    metadata TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX subscriptions_user ON subscriptions (user_id);
  `,
  // 2: per-user collections (one table for every media type) and catalog collections
  `
  CREATE TABLE collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users (id),
    media_type TEXT NOT NULL,          -- 'image' | 'video' | 'audio'
    name TEXT NOT NULL,
    share_code TEXT NOT NULL UNIQUE,
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL,
    items_updated_time TEXT NOT NULL
  );
  CREATE INDEX collections_owner ON collections (user_id, media_type, id);
  CREATE TABLE collection_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order items were added in
    collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    added_time TEXT NOT NULL,
    UNIQUE (collection_id, item_id)
  );

  -- The account's catalog: every asset a user has put in a catalog collection.
  CREATE TABLE catalog_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users (id),
    asset_type TEXT NOT NULL,
    asset_id TEXT NOT NULL,
    created_time TEXT NOT NULL,
    UNIQUE (user_id, asset_type, asset_id)
  );
  CREATE TABLE catalog_collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    visibility TEXT NOT NULL,
    cover_item_id INTEGER REFERENCES catalog_items (id) ON DELETE SET NULL,
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL
  );
  CREATE INDEX catalog_collections_owner ON catalog_collections (user_id, id);
  CREATE TABLE catalog_collection_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    collection_id INTEGER NOT NULL REFERENCES catalog_collections (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES catalog_items (id),
    added_time TEXT NOT NULL,
    UNIQUE (collection_id, item_id)
  );
  CREATE INDEX catalog_collection_items_item ON catalog_collection_items (item_id);

  -- Ids never reused after a delete; catalog item ids (ten digits) never look like an asset id.
  INSERT INTO sqlite_sequence (name, seq) VALUES
    ('collections', 310000000), ('catalog_collections', 126000000), ('catalog_items', 9100000000);
  `,
  // 3: licenses, their downloads and idempotency keys (issue 5: licensing)
  `SELECT 1;`,
  // 4: OAuth applications, authorization codes and gateway sessions (issue 6: accounts)
  `SELECT 1;`,
  // 5: custom music renders (issue 6: custom music)
  `SELECT 1;`,
];
