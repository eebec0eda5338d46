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
  // 3: licenses and idempotency keys. The subscriptions seeded before licensing are
  // replaced by the licensing set (accounts.ts seeds it on start); no license can use them.
  `
  DELETE FROM subscriptions;
  CREATE TABLE licenses (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order licenses were made in
    id TEXT NOT NULL UNIQUE,                -- the vendor's license id ('e' + hex)
    user_id TEXT NOT NULL REFERENCES users (id),
    team_id TEXT NOT NULL,
    media TEXT NOT NULL,                    -- image | video | audio | sfx | editorial-image | editorial-video
    asset_id TEXT NOT NULL,
    subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
    license TEXT NOT NULL,                  -- the license name (standard, enhanced, …)
    size TEXT NOT NULL,
    format TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    allotment_charge INTEGER NOT NULL,
    price_amount REAL,                      -- revenue-sharing price given with the request
    price_currency TEXT,
    search_id TEXT,
    country TEXT,
    created_time TEXT NOT NULL
  );
  CREATE INDEX licenses_user ON licenses (user_id, media, seq);
  CREATE INDEX licenses_team ON licenses (team_id, media, seq);
  CREATE INDEX licenses_asset ON licenses (media, asset_id);
  CREATE TABLE idempotency_keys (
    user_id TEXT NOT NULL REFERENCES users (id),
    key TEXT NOT NULL,
    request TEXT NOT NULL,                  -- method, path, query and body: a key names one request
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_time TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
  );
`,
  // 4: the redirect hosts of OAuth applications, the sandbox users' passwords (kept like
  // their tokens, so start-up can print them), authorization codes and the tokens issued
  // for them (both as SHA-256 hashes), and the gateway's sign-in sessions (by hash of the
  // cookie's id; the token they hold never leaves the server).
  `
  CREATE TABLE oauth_redirect_hosts (
    client_id TEXT NOT NULL,
    host TEXT NOT NULL,
    PRIMARY KEY (client_id, host)
  );
  CREATE TABLE user_passwords (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    password TEXT NOT NULL
  );
  CREATE TABLE oauth_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    scopes TEXT NOT NULL,              -- space-separated, as granted
    realm TEXT NOT NULL,
    expires_at INTEGER NOT NULL,       -- ms since the epoch
    used_at INTEGER
  );
  CREATE TABLE oauth_tokens (
    token_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    scopes TEXT NOT NULL,
    code_hash TEXT,                    -- the code it was issued for (revoked if the code is reused)
    refresh_hash TEXT UNIQUE,
    expires_at INTEGER,                -- null: does not expire
    created_at INTEGER NOT NULL
  );
  CREATE INDEX oauth_tokens_code ON oauth_tokens (code_hash);
  CREATE TABLE gateway_sessions (
    id_hash TEXT PRIMARY KEY,
    access_token TEXT NOT NULL,
    refresh_token TEXT,
    token_expires_at INTEGER,
    username TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
`,
  // 5: custom music renders (issue 6: custom music)
  `
  CREATE TABLE audio_renders (
    id TEXT PRIMARY KEY,               -- 28 random letters and digits
    owner TEXT NOT NULL,               -- a user id, or 'client:<client_id>' for basic auth
    preset TEXT NOT NULL,
    filename TEXT NOT NULL,
    timeline TEXT NOT NULL,            -- JSON, as requested
    status TEXT NOT NULL,
    progress INTEGER NOT NULL,
    files TEXT NOT NULL,               -- JSON array of the finished files
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL
  );
  CREATE INDEX audio_renders_status ON audio_renders (status);
  `,
  // 6: the gateway keeps its sessions in a store of its own (gateway.sqlite, or Redis):
  // signing in once more after this upgrade is the only cost
  `
  DROP TABLE IF EXISTS gateway_sessions;
  `,
];
