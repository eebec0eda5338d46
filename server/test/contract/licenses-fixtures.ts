// Shared by the license contract tests: the seeded users and subscriptions, assets of each
// kind picked from the real catalogs, requests with headers (Idempotency-Key) checked
// against the vendor document, and allotments set to what a test needs.
import type { FastifyInstance } from 'fastify';
import { expectMatchesContract } from '../openapi';
import { dataOf, field, isRecord, tokenOf, type Json } from './harness';

/** The seeded subscription ids, by user and kind (see server/sandbox/accounts.ts). */
export const SUBSCRIPTIONS = {
  alex: {
    annual: 's8906100',
    enhanced: 's8906101',
    onDemand: 's8906102',
    expired: 's8906103',
    video4k: 's8906104',
    videoHd: 's8906105',
    music: 's8906106',
    sfx: 's8906107',
    editorial: 's8906108',
    editorialVideo: 's8906109',
  },
  sam: { annual: 's8906200', video4k: 's8906204' },
  jordan: { annual: 's8906300', videoHd: 's8906301', music: 's8906302' },
} as const;

export type Username = 'alex' | 'sam' | 'jordan' | 'casey';

export interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

/** A request as `username`, validated against the vendor document (JSON answers only). */
export async function call(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  options: { as?: Username; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${tokenOf(app, options.as ?? 'alex')}`,
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.inject({
    method,
    url,
    headers,
    payload: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const body: unknown = JSON.parse(response.body);
  expectMatchesContract(method, url, response.statusCode, body);
  return { status: response.statusCode, headers: response.headers, body };
}

/** Sets a subscription's remaining downloads (and keeps it in the future unless it is the expired one). */
export function setDownloadsLeft(app: FastifyInstance, subscriptionId: string, left: number): void {
  app.sandbox.state
    .prepare('UPDATE subscriptions SET downloads_left = ? WHERE id = ?')
    .run(left, subscriptionId);
}

export function downloadsLeft(app: FastifyInstance, subscriptionId: string): number {
  return app.sandbox.state
    .prepare('SELECT downloads_left FROM subscriptions WHERE id = ?')
    .pluck()
    .get(subscriptionId) as number;
}

export function licenseCount(app: FastifyInstance, subscriptionId: string): number {
  return app.sandbox.state
    .prepare('SELECT count(*) FROM licenses WHERE subscription_id = ?')
    .pluck()
    .get(subscriptionId) as number;
}

/** Assets of each kind, from the real catalogs. */
export function assets(app: FastifyInstance) {
  const { db, videos, audio, editorial } = app.sandbox;
  const ids = (
    database: { prepare(sql: string): { pluck(): { all(): unknown[] } } },
    sql: string,
  ) => database.prepare(sql).pluck().all().map(String);
  const licensed = new Set(
    app.sandbox.state
      .prepare("SELECT asset_id FROM licenses WHERE media = 'image'")
      .pluck()
      .all()
      .map(String),
  );
  return {
    /** Photos nobody has licensed yet in this (kept) test database. */
    photos: ids(
      db,
      "SELECT id FROM images WHERE image_type = 'photo' AND is_editorial = 0 AND is_adult = 0 ORDER BY id LIMIT 5000",
    )
      .filter((id) => !licensed.has(id))
      .slice(0, 80),
    vector: ids(
      db,
      "SELECT id FROM images WHERE image_type = 'vector' AND is_editorial = 0 ORDER BY id LIMIT 1",
    )[0] as string,
    editorialFlagged: ids(
      db,
      'SELECT id FROM images WHERE is_editorial = 1 ORDER BY id LIMIT 1',
    )[0] as string,
    video4k: ids(
      videos.db,
      "SELECT id FROM videos WHERE resolution = '4k' AND is_editorial = 0 ORDER BY id LIMIT 3",
    ),
    videoHd: ids(
      videos.db,
      "SELECT id FROM videos WHERE resolution = 'hd' AND is_editorial = 0 ORDER BY id LIMIT 1",
    )[0] as string,
    track: ids(audio.db, 'SELECT id FROM tracks ORDER BY id LIMIT 2'),
    sfx: ids(audio.db, 'SELECT id FROM sfx ORDER BY id LIMIT 2'),
    editorialImage: ids(
      editorial.db,
      "SELECT id FROM editorial_images WHERE rights = '' ORDER BY num LIMIT 2",
    ),
    /** Not for use in France. */
    editorialNotInFrance: ids(
      editorial.db,
      "SELECT id FROM editorial_images WHERE rights = '-FRA' ORDER BY num LIMIT 1",
    )[0] as string,
    editorialVideo: ids(
      videos.db,
      "SELECT id FROM editorial_videos WHERE restricted_in = '' AND allowed_only = '' ORDER BY rowid LIMIT 1",
    )[0] as string,
    /** Not for use in Spain. */
    editorialVideoNotInSpain: ids(
      videos.db,
      "SELECT id FROM editorial_videos WHERE restricted_in = 'ESP' ORDER BY rowid LIMIT 1",
    )[0] as string,
  };
}

/** The results of a license answer. */
export function results(body: unknown): Json[] {
  return dataOf(body);
}

export function firstResult(body: unknown): Json {
  const [first] = dataOf(body);
  if (!first) throw new Error(`no result in ${JSON.stringify(body)}`);
  return first;
}

/** The signed target of a download URL. */
export function targetOf(app: FastifyInstance, url: unknown) {
  const token = String(url).split('/').pop() ?? '';
  const verified = app.sandbox.downloads.verify(token);
  if (!verified.ok) throw new Error(`download URL not valid: ${verified.reason}`);
  return verified.target;
}

export function urlOf(result: unknown): string {
  const url = field(field(result, 'download'), 'url');
  if (typeof url !== 'string') throw new Error(`no download url in ${JSON.stringify(result)}`);
  return url;
}

/** The `errors[].code` values of an answer. */
export function errorCodes(body: unknown): string[] {
  const errors = field(body, 'errors');
  return Array.isArray(errors) ? errors.filter(isRecord).map((e) => String(e.code)) : [];
}
