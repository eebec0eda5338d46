// Sandbox accounts: teams, users with their Bearer tokens and scopes, the API client
// (id and secret, for basic auth) and each user's subscriptions. Created once in the
// state database and kept; a new state database reuses the tokens and the client of an
// earlier sandbox-credentials.json.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from './db';

export const ALL_SCOPES = [
  'user.view',
  'collections.view',
  'collections.edit',
  'licenses.view',
  'licenses.create',
  'purchases.view',
];

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

interface UserSeed {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  team: string;
  scopes: string[];
  isDefault?: boolean;
  subscriptions: SubscriptionSeed[];
}

interface SubscriptionSeed {
  assetType: 'images' | 'videos';
  license: string;
  description: string;
  limit: number;
  used: number;
  formats: {
    description: string;
    format: string;
    media_type: 'image' | 'video';
    min_resolution?: number;
    size: string;
  }[];
  price?: number;
}

const TEAMS = [
  { id: '9001', name: 'Northwind Studio' },
  { id: '9002', name: 'Blue Harbor Agency' },
];

const IMAGE_FORMATS: SubscriptionSeed['formats'] = [
  { description: 'Small', format: 'jpg', media_type: 'image', min_resolution: 500, size: 'small' },
  { description: 'Med', format: 'jpg', media_type: 'image', min_resolution: 1000, size: 'medium' },
  { description: 'Huge', format: 'jpg', media_type: 'image', min_resolution: 4000, size: 'huge' },
  { description: 'Vector', format: 'eps', media_type: 'image', size: 'vector' },
];
const ANNUAL: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Annual Subscription, 750 images a month',
  limit: 750,
  used: 38,
  formats: IMAGE_FORMATS,
  price: 0.27,
};
const ENHANCED: SubscriptionSeed = {
  assetType: 'images',
  license: 'enhanced',
  description: 'Enhanced License Image Pack',
  limit: 25,
  used: 3,
  formats: IMAGE_FORMATS.slice(2),
  price: 79.6,
};
const VIDEO: SubscriptionSeed = {
  assetType: 'videos',
  license: 'standard',
  description: 'HD Video Pack',
  limit: 10,
  used: 2,
  formats: [
    { description: 'SD', format: 'mpeg', media_type: 'video', min_resolution: 640, size: 'sd' },
    { description: 'HD', format: 'mpeg', media_type: 'video', min_resolution: 1920, size: 'hd' },
  ],
  price: 65,
};

// prettier-ignore
const USERS: UserSeed[] = [
  { id: '101782601', username: 'alex', firstName: 'Alex', lastName: 'Morgan', team: '9001', scopes: ALL_SCOPES, isDefault: true, subscriptions: [ANNUAL, ENHANCED] },
  { id: '101782602', username: 'sam', firstName: 'Sam', lastName: 'Rivera', team: '9001', scopes: ALL_SCOPES, subscriptions: [ANNUAL, VIDEO] },
  { id: '101782603', username: 'jordan', firstName: 'Jordan', lastName: 'Park', team: '9002', scopes: ALL_SCOPES, subscriptions: [{ ...ANNUAL, description: 'Monthly Subscription, 350 images', limit: 350, used: 120 }, VIDEO] },
  // Read-only: for trying what a token without licensing scopes gets (403).
  { id: '101782604', username: 'casey', firstName: 'Casey', lastName: 'Lee', team: '9001', scopes: ['user.view', 'collections.view'], subscriptions: [ANNUAL] },
];

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
  const insertSubscription =
    db.prepare(`INSERT INTO subscriptions (id, user_id, asset_type, license, description, downloads_limit, downloads_left,
    start_time, end_time, formats, price_amount, price_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD')`);
  const now = Date.now();
  const start = new Date(now - 30 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const end = new Date(now + 335 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  db.transaction(() => {
    for (const team of TEAMS) insertTeam.run(team.id, team.name);
    let subscriptionNumber = 8_906_040;
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
      for (const subscription of user.subscriptions) {
        insertSubscription.run(
          `s${subscriptionNumber++}`,
          user.id,
          subscription.assetType,
          subscription.license,
          subscription.description,
          subscription.limit,
          subscription.limit - subscription.used,
          start,
          end,
          JSON.stringify(subscription.formats),
          subscription.price ?? null,
        );
      }
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

export class Accounts {
  private users: UserRecord[] = [];
  private client!: ApiClient;

  constructor(
    private readonly db: Db,
    readonly credentialsFile: string,
    defaultAccessToken: string | undefined,
  ) {
    if ((db.prepare('SELECT count(*) FROM users').pluck().get() as number) === 0)
      createAccounts(db, credentialsFile);
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
