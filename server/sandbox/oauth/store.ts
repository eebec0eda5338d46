// The sandbox's OAuth authorization server: the seeded application's redirect hosts, the
// users' passwords, authorization codes and the tokens issued for them. Codes and tokens
// are kept as SHA-256 hashes; a code is good once, for five minutes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ALL_SCOPES, type Accounts, type ApiClient, type UserRecord } from '../accounts';
import type { Principal } from '../auth';
import type { Db } from '../db';

export const CODE_TTL_MS = 5 * 60_000;
export const TOKEN_TTL_S = 3600;
/** Host names the seeded application may redirect to (the vendor checks the host name). */
export const SEEDED_REDIRECT_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const hash = (value: string) => createHash('sha256').update(value).digest('hex');
const newSecret = (bytes: number) => randomBytes(bytes).toString('base64url');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(hash(a));
  const right = Buffer.from(hash(b));
  return timingSafeEqual(left, right);
}

/** Why a token request is refused: the vendor's status and a message naming the problem. */
export class OAuthRefusal extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in?: number;
  refresh_token?: string;
  user_token?: string;
}

interface CodeRow {
  code_hash: string;
  client_id: string;
  user_id: string;
  scopes: string;
  realm: string;
  expires_at: number;
  used_at: number | null;
}

interface TokenRow {
  token_hash: string;
  client_id: string;
  user_id: string;
  scopes: string;
  refresh_hash: string | null;
  expires_at: number | null;
}

export class OAuthStore {
  constructor(
    private readonly db: Db,
    private readonly accounts: Accounts,
  ) {
    this.seed();
  }

  /** Registers the application's redirect hosts and gives each user a password, once. */
  private seed(): void {
    const client = this.accounts.apiClient();
    const addHost = this.db.prepare(
      'INSERT OR IGNORE INTO oauth_redirect_hosts (client_id, host) VALUES (?, ?)',
    );
    const addPassword = this.db.prepare(
      'INSERT OR IGNORE INTO user_passwords (user_id, password) VALUES (?, ?)',
    );
    this.db.transaction(() => {
      for (const host of SEEDED_REDIRECT_HOSTS) addHost.run(client.client_id, host);
      for (const user of this.accounts.all()) addPassword.run(user.id, newSecret(9));
    })();
  }

  client(clientId: string): ApiClient | undefined {
    const client = this.accounts.apiClient();
    return client.client_id === clientId ? client : undefined;
  }

  /** Lets the application redirect to more host names (a team's own, for a standalone sandbox). */
  addRedirectHosts(hosts: string[]): void {
    const add = this.db.prepare(
      'INSERT OR IGNORE INTO oauth_redirect_hosts (client_id, host) VALUES (?, ?)',
    );
    const clientId = this.accounts.apiClient().client_id;
    this.db.transaction(() => {
      for (const host of hosts) add.run(clientId, host);
    })();
  }

  redirectHosts(clientId: string): string[] {
    return this.db
      .prepare('SELECT host FROM oauth_redirect_hosts WHERE client_id = ? ORDER BY host')
      .pluck()
      .all(clientId) as string[];
  }

  /** The redirect URI's problem, or undefined when it is an http(s) URL on a registered host. */
  redirectProblem(clientId: string, redirectUri: string): string | undefined {
    let url: URL;
    try {
      url = new URL(redirectUri);
    } catch {
      return 'redirect_uri is not an absolute URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'redirect_uri must be an http or https URL';
    if (!this.redirectHosts(clientId).includes(url.hostname))
      return `redirect_uri's host ${url.hostname} is not registered for this application`;
    return undefined;
  }

  /** Each user's sign-in password for the consent page, as printed at start-up. */
  passwords(): { username: string; password: string }[] {
    const rows = this.db.prepare('SELECT user_id, password FROM user_passwords').all() as {
      user_id: string;
      password: string;
    }[];
    return this.accounts.all().map((user) => ({
      username: user.username,
      password: rows.find((row) => row.user_id === user.id)?.password ?? '',
    }));
  }

  /** The user whose username and password these are. */
  signIn(username: string, password: string): UserRecord | undefined {
    const user = this.accounts.all().find((candidate) => candidate.username === username.trim());
    const stored = user
      ? (this.db
          .prepare('SELECT password FROM user_passwords WHERE user_id = ?')
          .pluck()
          .get(user.id) as string | undefined)
      : undefined;
    // Compare even for an unknown user, so the answer takes the same time.
    const matches = sameText(stored ?? '\0', password);
    return user && stored && matches ? user : undefined;
  }

  /** The scopes a user grants out of those requested (a user never grants what they lack). */
  grantable(user: UserRecord, requested: string[]): string[] {
    const own = user.scopes.split(' ');
    return requested.filter((scope) => own.includes(scope));
  }

  /** A new authorization code for the user, as approved on the consent page. */
  issueCode(input: {
    clientId: string;
    user: UserRecord;
    scopes: string[];
    realm: string;
  }): string {
    const code = newSecret(24);
    this.db
      .prepare(
        'INSERT INTO oauth_codes (code_hash, client_id, user_id, scopes, realm, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        hash(code),
        input.clientId,
        input.user.id,
        input.scopes.join(' '),
        input.realm,
        Date.now() + CODE_TTL_MS,
      );
    return code;
  }

  /** Checks the application's id and secret; a wrong pair is a 401. */
  authenticateClient(clientId: string, clientSecret: string | undefined): ApiClient {
    const client = this.client(clientId);
    if (!client || clientSecret === undefined || !sameText(client.client_secret, clientSecret))
      throw new OAuthRefusal(401, 'INVALID_CLIENT', 'The client_id or client_secret is not valid');
    return client;
  }

  /** grant_type=authorization_code: one token per code; a reused code also revokes that token. */
  exchangeCode(client: ApiClient, code: string, expires: boolean): IssuedToken {
    const codeHash = hash(code);
    const row = this.db.prepare('SELECT * FROM oauth_codes WHERE code_hash = ?').get(codeHash) as
      CodeRow | undefined;
    if (!row || row.client_id !== client.client_id)
      throw new OAuthRefusal(400, 'INVALID_GRANT', 'The authorization code is not valid');
    if (row.used_at !== null) {
      this.db.prepare('DELETE FROM oauth_tokens WHERE code_hash = ?').run(codeHash);
      throw new OAuthRefusal(
        400,
        'INVALID_GRANT',
        'The authorization code has already been used; the token issued for it is revoked',
      );
    }
    if (row.expires_at <= Date.now())
      throw new OAuthRefusal(400, 'INVALID_GRANT', 'The authorization code has expired');
    this.db
      .prepare('UPDATE oauth_codes SET used_at = ? WHERE code_hash = ?')
      .run(Date.now(), codeHash);
    return this.issueToken(client.client_id, row.user_id, row.scopes, expires, codeHash);
  }

  /** grant_type=refresh_token: a new access token (and refresh token) for an expiring one. */
  refresh(client: ApiClient, refreshToken: string): IssuedToken {
    const row = this.db
      .prepare('SELECT * FROM oauth_tokens WHERE refresh_hash = ?')
      .get(hash(refreshToken)) as TokenRow | undefined;
    if (!row || row.client_id !== client.client_id)
      throw new OAuthRefusal(400, 'INVALID_GRANT', 'The refresh token is not valid');
    this.db.prepare('DELETE FROM oauth_tokens WHERE token_hash = ?').run(row.token_hash);
    return this.issueToken(client.client_id, row.user_id, row.scopes, true, null);
  }

  private issueToken(
    clientId: string,
    userId: string,
    scopes: string,
    expires: boolean,
    codeHash: string | null,
  ): IssuedToken {
    const accessToken = `v2/${newSecret(48)}`;
    const refreshToken = expires ? newSecret(32) : undefined;
    this.db
      .prepare(
        `INSERT INTO oauth_tokens (token_hash, client_id, user_id, scopes, code_hash, refresh_hash, expires_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        hash(accessToken),
        clientId,
        userId,
        scopes,
        codeHash,
        refreshToken ? hash(refreshToken) : null,
        expires ? Date.now() + TOKEN_TTL_S * 1000 : null,
        Date.now(),
      );
    if (!refreshToken) return { access_token: accessToken, token_type: 'Bearer' };
    const user = this.accounts.all().find((candidate) => candidate.id === userId);
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: TOKEN_TTL_S,
      refresh_token: refreshToken,
      user_token: Buffer.from(
        JSON.stringify({ user_id: userId, username: user?.username, scopes: scopes.split(' ') }),
      ).toString('base64url'),
    };
  }

  /** The principal behind an issued access token, while it is valid. */
  resolve(token: string): Principal | undefined {
    const row = this.db
      .prepare('SELECT * FROM oauth_tokens WHERE token_hash = ?')
      .get(hash(token)) as TokenRow | undefined;
    if (!row || (row.expires_at !== null && row.expires_at <= Date.now())) return undefined;
    const user = this.accounts.all().find((candidate) => candidate.id === row.user_id);
    if (!user) return undefined;
    return {
      kind: 'user',
      user,
      scopes: row.scopes ? row.scopes.split(' ') : [],
      ...(row.expires_at !== null ? { expiresAt: row.expires_at } : {}),
    };
  }
}

export const KNOWN_SCOPES: readonly string[] = ALL_SCOPES;
