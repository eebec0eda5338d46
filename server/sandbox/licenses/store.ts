// Licenses in the state database: subscriptions chosen and checked, the allotment charged
// in the same transaction as the license row, history queries, and the answers kept per
// Idempotency-Key. Everything here is synchronous (better-sqlite3), so a request's
// checks and writes cannot interleave with another's, and every write is committed
// (synchronous=FULL) before the answer leaves.
import { randomBytes } from 'node:crypto';
import type { LicenseFormat, SubscriptionAssetType, SubscriptionMetadata } from '../accounts';
import type { Db } from '../db';
import type { DownloadMedia } from '../downloads/signing';
import { Refusal } from './refusal';

export interface SubscriptionRow {
  id: string;
  user_id: string;
  asset_type: SubscriptionAssetType;
  license: string;
  description: string;
  downloads_limit: number;
  downloads_left: number;
  start_time: string;
  end_time: string;
  formats: string;
  price_amount: number | null;
  price_currency: string | null;
  metadata: string;
}

export interface LicenseRow {
  seq: number;
  id: string;
  user_id: string;
  team_id: string;
  media: DownloadMedia;
  asset_id: string;
  subscription_id: string;
  license: string;
  size: string;
  format: string;
  metadata: string;
  allotment_charge: number;
  price_amount: number | null;
  price_currency: string | null;
  search_id: string | null;
  country: string | null;
  created_time: string;
  /** Joined from users. */
  username: string;
  /** When the license's subscription ends (joined; licenses of an ended one are not downloaded again). */
  subscription_end_time?: string;
}

export type NewLicense = Omit<
  LicenseRow,
  'seq' | 'id' | 'created_time' | 'username' | 'subscription_end_time'
>;

export interface HistoryQuery {
  media: DownloadMedia;
  userId: string;
  teamId: string;
  teamHistory: boolean;
  assetId?: string;
  licenseId?: string;
  /** A license name, or `-name` to leave it out. */
  license?: string;
  username?: string;
  /** ISO times: on or after start, before end. */
  start?: string;
  end?: string;
  /** undefined: all; true / false: only those that can (cannot) be downloaded again. */
  downloadable?: boolean;
  redownloadable: boolean;
  /** Licenses of subscriptions that ended before this time cannot be downloaded again. */
  now: string;
  newestFirst: boolean;
  limit: number;
  offset: number;
}

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** Vendor-style license ids: 'e' and 32 hex digits. */
const newLicenseId = () => `e${randomBytes(16).toString('hex')}`;

export function formatsOf(subscription: SubscriptionRow): LicenseFormat[] {
  return JSON.parse(subscription.formats) as LicenseFormat[];
}

export function metadataOf(subscription: SubscriptionRow): SubscriptionMetadata {
  return JSON.parse(subscription.metadata) as SubscriptionMetadata;
}

export class LicenseStore {
  constructor(private readonly db: Db) {
    // A license, once answered, must survive a crash or a power cut: the commit reaches
    // the disk before the handler returns.
    db.pragma('synchronous = FULL');
  }

  subscriptionsOf(userId: string, assetType: SubscriptionAssetType): SubscriptionRow[] {
    return this.db
      .prepare<[string, string], SubscriptionRow>(
        'SELECT * FROM subscriptions WHERE user_id = ? AND asset_type = ? ORDER BY id',
      )
      .all(userId, assetType);
  }

  subscription(userId: string, id: string): SubscriptionRow | undefined {
    return this.db
      .prepare<[string, string], SubscriptionRow>(
        'SELECT * FROM subscriptions WHERE user_id = ? AND id = ?',
      )
      .get(userId, id);
  }

  subscriptionById(id: string): SubscriptionRow | undefined {
    return this.db
      .prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?')
      .get(id);
  }

  /**
   * Charges the subscription and records the license, or refuses when the allotment is
   * used up. Call inside `transaction`.
   */
  insert(license: NewLicense, now: Date): LicenseRow | Refusal {
    const charged = this.db
      .prepare(
        'UPDATE subscriptions SET downloads_left = downloads_left - ? WHERE id = ? AND downloads_left >= ?',
      )
      .run(license.allotment_charge, license.subscription_id, license.allotment_charge);
    if (charged.changes !== 1) {
      return Refusal.forbidden(
        'NO_ALLOTMENT_LEFT',
        `Subscription ${license.subscription_id} has no downloads left`,
        '$.body',
      );
    }
    const id = newLicenseId();
    this.db
      .prepare(
        `INSERT INTO licenses (id, user_id, team_id, media, asset_id, subscription_id, license, size, format,
        metadata, allotment_charge, price_amount, price_currency, search_id, country, created_time)
        VALUES (@id, @user_id, @team_id, @media, @asset_id, @subscription_id, @license, @size, @format,
        @metadata, @allotment_charge, @price_amount, @price_currency, @search_id, @country, @created_time)`,
      )
      .run({ ...license, id, created_time: now.toISOString() });
    return this.license(id) as LicenseRow;
  }

  license(id: string): LicenseRow | undefined {
    return this.db
      .prepare<[string], LicenseRow>(
        `SELECT licenses.*, users.username, subscriptions.end_time AS subscription_end_time FROM licenses
        JOIN users ON users.id = licenses.user_id JOIN subscriptions ON subscriptions.id = licenses.subscription_id
        WHERE licenses.id = ?`,
      )
      .get(id);
  }

  /** A license the user may download again: their own or a team member's. */
  visibleLicense(
    media: DownloadMedia,
    id: string,
    user: { id: string; team_id: string },
  ): LicenseRow | undefined {
    const row = this.license(id);
    if (!row || row.media !== media) return undefined;
    return row.user_id === user.id || row.team_id === user.team_id ? row : undefined;
  }

  history(query: HistoryQuery): { rows: LicenseRow[]; total: number } {
    const where = ['licenses.media = @media'];
    const params: Record<string, string | number> = { media: query.media };
    if (query.teamHistory) {
      where.push('licenses.team_id = @teamId');
      params.teamId = query.teamId;
    } else {
      where.push('licenses.user_id = @userId');
      params.userId = query.userId;
    }
    if (query.assetId !== undefined) {
      where.push('licenses.asset_id = @assetId');
      params.assetId = query.assetId;
    }
    if (query.licenseId !== undefined) {
      where.push('licenses.id = @licenseId');
      params.licenseId = query.licenseId;
    }
    if (query.license !== undefined) {
      const exclude = query.license.startsWith('-');
      where.push(`licenses.license ${exclude ? '<>' : '='} @license`);
      params.license = exclude ? query.license.slice(1) : query.license;
    }
    if (query.username !== undefined) {
      where.push('users.username = @username');
      params.username = query.username;
    }
    if (query.start !== undefined) {
      where.push('licenses.created_time >= @start');
      params.start = query.start;
    }
    if (query.end !== undefined) {
      where.push('licenses.created_time < @end');
      params.end = query.end;
    }
    // A license can be downloaded again when its media type has a re-download endpoint
    // and its subscription has not ended.
    if (query.downloadable !== undefined) {
      if (!query.redownloadable) {
        if (query.downloadable) return { rows: [], total: 0 };
      } else {
        where.push(`subscriptions.end_time ${query.downloadable ? '>' : '<='} @now`);
        params.now = query.now;
      }
    }
    const from = `FROM licenses JOIN users ON users.id = licenses.user_id
      JOIN subscriptions ON subscriptions.id = licenses.subscription_id WHERE ${where.join(' AND ')}`;
    const total = this.db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
    const rows = this.db
      .prepare<Record<string, string | number>, LicenseRow>(
        `SELECT licenses.*, users.username, subscriptions.end_time AS subscription_end_time ${from}
        ORDER BY licenses.seq ${query.newestFirst ? 'DESC' : 'ASC'} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: query.limit, offset: query.offset });
    return { rows, total };
  }

  /** The answer kept for a user's Idempotency-Key, with the request it answered. */
  answerFor(userId: string, key: string): (StoredAnswer & { request: string }) | undefined {
    const row = this.db
      .prepare<[string, string], { request: string; status: number; response: string }>(
        'SELECT request, status, response FROM idempotency_keys WHERE user_id = ? AND key = ?',
      )
      .get(userId, key);
    return row && { request: row.request, status: row.status, body: JSON.parse(row.response) };
  }

  keepAnswer(userId: string, key: string, request: string, answer: StoredAnswer, now: Date): void {
    this.db
      .prepare(
        'INSERT INTO idempotency_keys (user_id, key, request, status, response, created_time) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(userId, key, request, answer.status, JSON.stringify(answer.body), now.toISOString());
  }

  /** Runs `work` in one immediate write transaction (all of it is kept, or none). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }
}
