// Sign-in sessions. The browser holds only a random id in an httpOnly cookie; the gateway's
// store (store/: a local SQLite file, or Redis shared by several instances) keeps its
// SHA-256 hash with the user's access token, which never leaves the server.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'stockroom_session';
export const SESSION_TTL_MS = 7 * 86_400_000;
/** How long the `state` of a sign-in started on one instance waits for its callback (on any). */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;

export interface Session {
  username: string;
  name: string;
  accessToken: string;
  refreshToken: string | null;
  /** When the access token expires (ms since the epoch), or null for one that does not. */
  tokenExpiresAt: number | null;
}

export type SessionToken = Pick<Session, 'accessToken' | 'refreshToken' | 'tokenExpiresAt'>;

export interface SessionStore {
  /** Starts a session; returns the id for the cookie (stored only as a hash). */
  create(session: Session): Promise<string>;
  get(id: string | undefined): Promise<Session | undefined>;
  updateToken(id: string, token: SessionToken): Promise<void>;
  delete(id: string | undefined): Promise<void>;
}

/** Sign-ins under way: each `state` handed to the authorize page, and where to return after. */
export interface OAuthStateStore {
  put(state: string, returnTo: string): Promise<void>;
  /** The return path of a state, which is then gone (a state is good once), or undefined. */
  take(state: string): Promise<string | undefined>;
}

export const newSessionId = () => randomBytes(32).toString('base64url');
export const hashId = (id: string) => createHash('sha256').update(id).digest('hex');
