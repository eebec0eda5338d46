// The state database, <dataDir>/state.sqlite: what users make (accounts, tokens,
// subscriptions, collections and, later, licenses). Unlike the catalog database it is
// never re-created: it moves forward by the numbered migrations in migrations.ts.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db';
import { MIGRATIONS } from './migrations';

export const STATE_FILE = 'state.sqlite';

/** Tables the catalog database held before the split, in dependency order. */

/** Opens (or creates) the state database and brings its schema up to date. */
export function openStateDb(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, STATE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the pending migrations, each in its own write transaction (safe with several processes). */
function migrate(db: Db): void {
  const step = db.transaction((): boolean => {
    const current = schemaVersion(db);
    if (current > MIGRATIONS.length) {
      throw new Error(
        `${db.name} has schema version ${current}, newer than this sandbox knows (${MIGRATIONS.length})`,
      );
    }
    if (current === MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[current] ?? '');
    db.pragma(`user_version = ${current + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction, until none is pending
  }
}
