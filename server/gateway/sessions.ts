// Sign-in sessions, kept server-side in the state database. The browser holds only a random
// id in an httpOnly cookie; the table holds its SHA-256 hash and the user's access token,
// which never leaves the server.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../sandbox/db';

export const SESSION_COOKIE = 'stockroom_session';
export const SESSION_TTL_MS = 7 * 86_400_000;

export interface Session {
  username: string;
  name: string;
  accessToken: string;
  refreshToken: string | null;
  /** When the access token expires (ms since the epoch), or null for one that does not. */
  tokenExpiresAt: number | null;
}

interface SessionRow {
  access_token: string;
  refresh_token: string | null;
  token_expires_at: number | null;
  username: string;
  name: string;
  expires_at: number;
}

const hash = (id: string) => createHash('sha256').update(id).digest('hex');

export class SessionStore {
  constructor(private readonly db: Db) {}

  /** Starts a session; returns the id for the cookie (stored only as a hash). */
  create(session: Session): string {
    const id = randomBytes(32).toString('base64url');
    const now = Date.now();
    this.db.prepare('DELETE FROM gateway_sessions WHERE expires_at <= ?').run(now);
    this.db
      .prepare(
        `INSERT INTO gateway_sessions (id_hash, access_token, refresh_token, token_expires_at, username, name, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        hash(id),
        session.accessToken,
        session.refreshToken,
        session.tokenExpiresAt,
        session.username,
        session.name,
        now,
        now + SESSION_TTL_MS,
      );
    return id;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const row = this.db
      .prepare('SELECT * FROM gateway_sessions WHERE id_hash = ?')
      .get(hash(id)) as SessionRow | undefined;
    if (!row || row.expires_at <= Date.now()) return undefined;
    return {
      username: row.username,
      name: row.name,
      accessToken: row.access_token,
      refreshToken: row.refresh_token,
      tokenExpiresAt: row.token_expires_at,
    };
  }

  updateToken(
    id: string,
    token: Pick<Session, 'accessToken' | 'refreshToken' | 'tokenExpiresAt'>,
  ): void {
    this.db
      .prepare(
        'UPDATE gateway_sessions SET access_token = ?, refresh_token = ?, token_expires_at = ? WHERE id_hash = ?',
      )
      .run(token.accessToken, token.refreshToken, token.tokenExpiresAt, hash(id));
  }

  delete(id: string | undefined): void {
    if (id) this.db.prepare('DELETE FROM gateway_sessions WHERE id_hash = ?').run(hash(id));
  }
}
