// The gateway's store for one instance: <dataDir>/gateway.sqlite, a file of its own (the
// sandbox's databases are the sandbox's). Rate limits stay in the process, as
// @fastify/rate-limit keeps them by default.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  hashId,
  newSessionId,
  OAUTH_STATE_TTL_MS,
  SESSION_TTL_MS,
  type Session,
  type SessionToken,
} from '../sessions';
import type { GatewayStore } from './store';

export const GATEWAY_DB_FILE = 'gateway.sqlite';

/** Numbered schema steps (PRAGMA user_version); append, never edit one that has shipped. */
const MIGRATIONS = [
  `
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    access_token TEXT NOT NULL,
    refresh_token TEXT,
    token_expires_at INTEGER,
    username TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE oauth_states (
    state_hash TEXT PRIMARY KEY,
    return_to TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  `,
];

interface SessionRow {
  access_token: string;
  refresh_token: string | null;
  token_expires_at: number | null;
  username: string;
  name: string;
  expires_at: number;
}

export function openGatewayDb(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, GATEWAY_DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    for (const step of MIGRATIONS.slice(version)) db.exec(step);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
  return db;
}

export function openLocalStore(dataDir: string): GatewayStore & { db: Database.Database } {
  const db = openGatewayDb(dataDir);
  return {
    kind: 'local',
    db,
    sessions: {
      async create(session: Session) {
        const id = newSessionId();
        const now = Date.now();
        db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
        db.prepare(
          `INSERT INTO sessions (id_hash, access_token, refresh_token, token_expires_at, username, name, created_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          hashId(id),
          session.accessToken,
          session.refreshToken,
          session.tokenExpiresAt,
          session.username,
          session.name,
          now,
          now + SESSION_TTL_MS,
        );
        return id;
      },
      async get(id) {
        if (!id) return undefined;
        const row = db.prepare('SELECT * FROM sessions WHERE id_hash = ?').get(hashId(id)) as
          SessionRow | undefined;
        if (!row || row.expires_at <= Date.now()) return undefined;
        return {
          username: row.username,
          name: row.name,
          accessToken: row.access_token,
          refreshToken: row.refresh_token,
          tokenExpiresAt: row.token_expires_at,
        };
      },
      async updateToken(id: string, token: SessionToken) {
        db.prepare(
          'UPDATE sessions SET access_token = ?, refresh_token = ?, token_expires_at = ? WHERE id_hash = ?',
        ).run(token.accessToken, token.refreshToken, token.tokenExpiresAt, hashId(id));
      },
      async delete(id) {
        if (id) db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hashId(id));
      },
    },
    oauthStates: {
      async put(state, returnTo) {
        const now = Date.now();
        db.prepare('DELETE FROM oauth_states WHERE expires_at <= ?').run(now);
        db.prepare(
          'INSERT OR REPLACE INTO oauth_states (state_hash, return_to, expires_at) VALUES (?, ?, ?)',
        ).run(hashId(state), returnTo, now + OAUTH_STATE_TTL_MS);
      },
      async take(state) {
        const row = db
          .prepare('DELETE FROM oauth_states WHERE state_hash = ? RETURNING return_to, expires_at')
          .get(hashId(state)) as { return_to: string; expires_at: number } | undefined;
        return row && row.expires_at > Date.now() ? row.return_to : undefined;
      },
    },
    available: () => db.open,
    ping: async () => db.open,
    close: async () => {
      db.close();
    },
  };
}
