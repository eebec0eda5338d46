// Sandbox accounts: teams, users with their Bearer tokens and scopes, the API client
// (id and secret, for basic auth) and each user's subscriptions. Created once in the
// state database and kept; a new state database reuses the tokens and the client of an
// earlier sandbox-credentials.json.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from './db';
import { TEAMS, USERS } from './account-seeds';

export {
  ALL_SCOPES,
  type LicenseFormat,
  type SubscriptionAssetType,
  type SubscriptionMetadata,
} from './account-seeds';

export interface UserRecord {
  id: string;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  language: string;
  team_id: string;
  team_name: string;
  customer_id: string;
  is_default: number;
  scopes: string;
  access_token: string;
}

export interface ApiClient {
  client_id: string;
  client_secret: string;
  name: string;
}

export interface Credentials {
  users: {
    id: string;
    username: string;
    name: string;
    team: string;
    default: boolean;
    scopes: string[];
    access_token: string;
  }[];
  client: { client_id: string; client_secret: string };
}

const newToken = () => `v2/${randomBytes(36).toString('base64url')}`;
const newClientId = () =>
  randomBytes(15).toString('hex').match(/.{5}/g)?.join('-') ?? randomBytes(15).toString('hex');

function readCredentials(file: string): Partial<Credentials> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Credentials>;
  } catch {
    return {};
  }
}

/** Creates teams, users, the API client and subscriptions, reusing tokens from an earlier credentials file. */
function createAccounts(db: Db, credentialsFile: string): void {
  const previous = readCredentials(credentialsFile);
  const previousToken = (username: string) =>
    previous.users?.find((user) => user.username === username)?.access_token;
  const insertTeam = db.prepare('INSERT INTO teams (id, name) VALUES (?, ?)');
  const insertUser =
    db.prepare(`INSERT INTO users (id, username, first_name, last_name, email, language, team_id, customer_id, is_default, scopes, access_token)
    VALUES (?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const team of TEAMS) insertTeam.run(team.id, team.name);
    for (const user of USERS) {
      insertUser.run(
        user.id,
        user.username,
        user.firstName,
        user.lastName,
        `${user.username}@${user.team === '9001' ? 'northwind' : 'blueharbor'}.example`,
        user.team,
        String(Number(user.id) + 5_000_000),
        user.isDefault ? 1 : 0,
        user.scopes.join(' '),
        previousToken(user.username) ?? newToken(),
      );
    }
    const client = previous.client ?? {
      client_id: newClientId(),
      client_secret: randomBytes(16).toString('hex'),
    };
    db.prepare('INSERT INTO api_clients (client_id, client_secret, name) VALUES (?, ?, ?)').run(
      client.client_id,
      client.client_secret,
      'Stockroom sandbox app',
    );
  })();
}

const DAY_MS = 86_400_000;
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * Adds each seeded subscription a user does not have yet (ids are fixed, so this is
 * idempotent): a new database gets them all, an older one the ones added since. Seeded
 * subscriptions keep their allotments, and licenses are never touched.
 */
function seedSubscriptions(db: Db): void {
  const insert =
    db.prepare(`INSERT OR IGNORE INTO subscriptions (id, user_id, asset_type, license, description, downloads_limit,
    downloads_left, start_time, end_time, formats, price_amount, price_currency, metadata)
    SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', ? FROM users WHERE id = ?`);
  const now = Date.now();
  db.transaction(() => {
    for (const user of USERS) {
      user.subscriptions.forEach((subscription, index) => {
        const ended = subscription.endedDaysAgo;
        const end = ended === undefined ? now + 335 * DAY_MS : now - ended * DAY_MS;
        insert.run(
          `s${user.subscriptionBase + index}`,
          subscription.assetType,
          subscription.license,
          subscription.description,
          subscription.limit,
          subscription.limit - subscription.used,
          isoSeconds(end - 365 * DAY_MS),
          isoSeconds(end),
          JSON.stringify(subscription.formats),
          subscription.price ?? null,
          JSON.stringify(subscription.metadata ?? {}),
          user.id,
        );
      });
    }
  })();
}

export class Accounts {
  private users: UserRecord[] = [];
  private client!: ApiClient;
  /** Whether this start created the accounts (a new state database). */
  readonly created: boolean;

  constructor(
    private readonly db: Db,
    readonly credentialsFile: string,
    defaultAccessToken: string | undefined,
    /** Sets the API client's id and secret (a standalone sandbox takes them from its environment). */
    client?: Pick<ApiClient, 'client_id' | 'client_secret'>,
  ) {
    this.created = (db.prepare('SELECT count(*) FROM users').pluck().get() as number) === 0;
    if (this.created) createAccounts(db, credentialsFile);
    seedSubscriptions(db);
    if (defaultAccessToken) {
      db.transaction(() => {
        db.prepare(
          'UPDATE users SET access_token = ? WHERE access_token = ? AND is_default = 0',
        ).run(newToken(), defaultAccessToken);
        db.prepare('UPDATE users SET access_token = ? WHERE is_default = 1').run(
          defaultAccessToken,
        );
      })();
    }
    if (client) {
      db.prepare('UPDATE api_clients SET client_id = ?, client_secret = ?').run(
        client.client_id,
        client.client_secret,
      );
    }
    this.load();
    this.writeCredentials();
  }

  private load(): void {
    this.users = this.db
      .prepare(
        'SELECT users.*, teams.name AS team_name FROM users JOIN teams ON teams.id = users.team_id ORDER BY users.id',
      )
      .all() as UserRecord[];
    this.client = this.db
      .prepare('SELECT client_id, client_secret, name FROM api_clients LIMIT 1')
      .get() as ApiClient;
  }

  all(): UserRecord[] {
    return this.users;
  }

  defaultUser(): UserRecord {
    return this.users.find((user) => user.is_default === 1) ?? (this.users[0] as UserRecord);
  }

  byToken(token: string): UserRecord | undefined {
    return this.users.find((user) => user.access_token === token);
  }

  apiClient(): ApiClient {
    return this.client;
  }

  clientByCredentials(id: string, secret: string): ApiClient | undefined {
    return id === this.client.client_id && secret === this.client.client_secret
      ? this.client
      : undefined;
  }

  private writeCredentials(): void {
    const credentials: Credentials = {
      users: this.users.map((user) => ({
        id: user.id,
        username: user.username,
        name: `${user.first_name} ${user.last_name}`,
        team: user.team_name,
        default: user.is_default === 1,
        scopes: user.scopes.split(' '),
        access_token: user.access_token,
      })),
      client: { client_id: this.client.client_id, client_secret: this.client.client_secret },
    };
    fs.writeFileSync(this.credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, {
      mode: 0o600,
    });
  }
}
