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
  /** The user's subscriptions; their ids are `s<subscriptionBase + index>`. */
  subscriptionBase: number;
  subscriptions: SubscriptionSeed[];
}

/**
 * What a subscription covers: `images`, `videos`, `audio` (music), `sfx`, `editorial`
 * (editorial images) or `editorial_videos`; the license endpoints pick by it.
 */
export type SubscriptionAssetType =
  'images' | 'videos' | 'audio' | 'sfx' | 'editorial' | 'editorial_videos';

export interface LicenseFormat {
  description: string;
  format: string;
  media_type: 'image' | 'video' | 'audio' | 'editorial';
  min_resolution?: number;
  size: string;
}

/** The vendor's subscription metadata: each field a license request may carry, and whether it must. */
export type SubscriptionMetadata = Record<string, { is_required: boolean; name: string }>;

interface SubscriptionSeed {
  assetType: SubscriptionAssetType;
  license: string;
  description: string;
  limit: number;
  used: number;
  formats: LicenseFormat[];
  metadata?: SubscriptionMetadata;
  price?: number;
  /** Ended this many days ago (an expired subscription); otherwise it runs another 335 days. */
  endedDaysAgo?: number;
}

const TEAMS = [
  { id: '9001', name: 'Northwind Studio' },
  { id: '9002', name: 'Blue Harbor Agency' },
];

const IMAGE_FORMATS: LicenseFormat[] = [
  { description: 'Small', format: 'jpg', media_type: 'image', min_resolution: 500, size: 'small' },
  { description: 'Med', format: 'jpg', media_type: 'image', min_resolution: 1000, size: 'medium' },
  { description: 'Huge', format: 'jpg', media_type: 'image', min_resolution: 4000, size: 'huge' },
  { description: 'Vector', format: 'eps', media_type: 'image', size: 'vector' },
];
const CUSTOM_FORMAT: LicenseFormat = {
  description: 'Custom',
  format: 'jpg',
  media_type: 'image',
  min_resolution: 100,
  size: 'custom',
};
const VIDEO_FORMATS: LicenseFormat[] = [
  { description: 'Web', format: 'mov', media_type: 'video', min_resolution: 426, size: 'web' },
  { description: 'SD', format: 'mov', media_type: 'video', min_resolution: 640, size: 'sd' },
  { description: 'HD', format: 'mov', media_type: 'video', min_resolution: 1920, size: 'hd' },
  { description: '4K', format: 'mov', media_type: 'video', min_resolution: 3840, size: '4k' },
];
const AUDIO_FORMATS: LicenseFormat[] = [
  { description: 'WAV', format: 'wav', media_type: 'audio', size: 'original' },
];
const SFX_FORMATS: LicenseFormat[] = [
  { description: 'WAV', format: 'wav', media_type: 'audio', size: 'original' },
  { description: 'MP3', format: 'mp3', media_type: 'audio', size: 'original' },
];
const EDITORIAL_FORMATS: LicenseFormat[] = [
  {
    description: 'Small',
    format: 'jpg',
    media_type: 'editorial',
    min_resolution: 500,
    size: 'small',
  },
  {
    description: 'Med',
    format: 'jpg',
    media_type: 'editorial',
    min_resolution: 1000,
    size: 'medium',
  },
  { description: 'Original', format: 'jpg', media_type: 'editorial', size: 'original' },
];
const EDITORIAL_VIDEO_FORMATS: LicenseFormat[] = [
  { description: 'Original', format: 'mov', media_type: 'editorial', size: 'original' },
];
const field = (name: string, isRequired: boolean) => ({ is_required: isRequired, name });

const ANNUAL: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Annual Subscription, 750 images a month',
  limit: 750,
  used: 38,
  formats: [...IMAGE_FORMATS, CUSTOM_FORMAT],
  price: 0.27,
};
/** Client work: every license names the client and the job; a purchase order is optional. */
const ENHANCED: SubscriptionSeed = {
  assetType: 'images',
  license: 'enhanced',
  description: 'Enhanced License Image Pack, client work',
  limit: 25,
  used: 3,
  formats: IMAGE_FORMATS.slice(1),
  metadata: {
    client: field('client', true),
    job: field('job', true),
    purchase_order: field('purchase_order', false),
    other: field('other', false),
  },
  price: 79.6,
};
const ON_DEMAND: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Image On Demand, 5 images',
  limit: 5,
  used: 4,
  formats: IMAGE_FORMATS.slice(0, 3),
  price: 9.8,
};
const EXPIRED: SubscriptionSeed = {
  assetType: 'images',
  license: 'standard',
  description: 'Monthly Subscription, 350 images (ended)',
  limit: 350,
  used: 60,
  formats: IMAGE_FORMATS,
  endedDaysAgo: 10,
};
const VIDEO_4K: SubscriptionSeed = {
  assetType: 'videos',
  license: 'standard',
  description: '4K Video Pack',
  limit: 10,
  used: 2,
  formats: VIDEO_FORMATS,
  price: 179,
};
const VIDEO_HD: SubscriptionSeed = {
  assetType: 'videos',
  license: 'standard',
  description: 'HD Video Pack',
  limit: 10,
  used: 2,
  formats: VIDEO_FORMATS.slice(0, 3),
  price: 65,
};
const MUSIC: SubscriptionSeed = {
  assetType: 'audio',
  license: 'premier_music_basic',
  description: 'Music Subscription, 100 tracks',
  limit: 100,
  used: 6,
  formats: AUDIO_FORMATS,
};
const SOUND_EFFECTS: SubscriptionSeed = {
  assetType: 'sfx',
  license: 'standard',
  description: 'Sound Effects Pack, 50 effects',
  limit: 50,
  used: 5,
  formats: SFX_FORMATS,
};
/** Editorial licenses carry the purchase order they were bought under. */
const EDITORIAL: SubscriptionSeed = {
  assetType: 'editorial',
  license: 'premier_editorial_all_digital',
  description: 'Editorial Images, all digital use',
  limit: 40,
  used: 1,
  formats: EDITORIAL_FORMATS,
  metadata: { purchase_order: field('purchase_order', true) },
};
const EDITORIAL_VIDEO: SubscriptionSeed = {
  assetType: 'editorial_videos',
  license: 'premier_editorial_video_digital_only',
  description: 'Editorial Video, digital only',
  limit: 10,
  used: 0,
  formats: EDITORIAL_VIDEO_FORMATS,
};
const TEAM_SET = [
  ANNUAL,
  ENHANCED,
  ON_DEMAND,
  EXPIRED,
  VIDEO_4K,
  VIDEO_HD,
  MUSIC,
  SOUND_EFFECTS,
  EDITORIAL,
  EDITORIAL_VIDEO,
];

// prettier-ignore
const USERS: UserSeed[] = [
  { id: '101782601', username: 'alex', firstName: 'Alex', lastName: 'Morgan', team: '9001', scopes: ALL_SCOPES, isDefault: true, subscriptionBase: 8_906_100, subscriptions: TEAM_SET },
  { id: '101782602', username: 'sam', firstName: 'Sam', lastName: 'Rivera', team: '9001', scopes: ALL_SCOPES, subscriptionBase: 8_906_200, subscriptions: TEAM_SET },
  { id: '101782603', username: 'jordan', firstName: 'Jordan', lastName: 'Park', team: '9002', scopes: ALL_SCOPES, subscriptionBase: 8_906_300, subscriptions: [{ ...ANNUAL, description: 'Monthly Subscription, 350 images', limit: 350, used: 120 }, VIDEO_HD, MUSIC] },
  // Read-only: for trying what a token without licensing scopes gets (403).
  { id: '101782604', username: 'casey', firstName: 'Casey', lastName: 'Lee', team: '9001', scopes: ['user.view', 'collections.view'], subscriptionBase: 8_906_400, subscriptions: [ANNUAL] },
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
