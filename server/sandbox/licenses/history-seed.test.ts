// The team's seeded past: deterministic, every media type, allotments that agree with the
// licenses of each subscription's current term, and history, re-download and collections
// answered by the real routes over it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, sandboxPlugin, type Sandbox } from '..';
import { Accounts } from '../accounts';
import type { Db } from '../db';
import { openStateDb } from '../state';
import { TEST_DATA_DIR } from '../../test/app';
import { HISTORY_CLIENTS, seedTeamHistory } from './history-seed';

const NOW = Date.now();
const dirs: string[] = [];
let base: Sandbox;

/**
 * A new state database with the seeded accounts, and the team's history seeded into it;
 * `termsOf` gives its subscriptions the same terms as another's (they follow the clock).
 */
function seededState(now = NOW, termsOf?: Db): { state: Db; accounts: Accounts } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stockroom-history-'));
  dirs.push(dir);
  const state = openStateDb(dir);
  const accounts = new Accounts(state, path.join(dir, 'credentials.json'), undefined);
  if (termsOf) {
    const terms = termsOf.prepare('SELECT id, start_time, end_time FROM subscriptions').all();
    const update = state.prepare(
      'UPDATE subscriptions SET start_time = @start_time, end_time = @end_time WHERE id = @id',
    );
    for (const term of terms) update.run(term);
  }
  seedTeamHistory(
    state,
    { images: base.db, videos: base.videos.db, audio: base.audio.db, editorial: base.editorial.db },
    now,
  );
  return { state, accounts };
}

beforeAll(async () => {
  base = await openSandbox({
    dataDir: TEST_DATA_DIR,
    defaultAccessToken: undefined,
    showProgress: false,
  });
});
afterAll(() => {
  base.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const licenseRows = (state: Db) =>
  state
    .prepare(
      'SELECT id, user_id, team_id, media, asset_id, subscription_id, size, format, metadata, created_time FROM licenses ORDER BY seq',
    )
    .all() as {
    id: string;
    user_id: string;
    team_id: string;
    media: string;
    asset_id: string;
    subscription_id: string;
    size: string;
    format: string;
    metadata: string;
    created_time: string;
  }[];

describe('the seeded team history', () => {
  it('is the same on every new database, for the same catalog and day', () => {
    const first = seededState();
    const second = seededState(NOW, first.state);
    const a = licenseRows(first.state);
    expect(a).toEqual(licenseRows(second.state));
    const collections = (db: Db) =>
      db
        .prepare(
          'SELECT c.user_id, c.media_type, c.name, c.share_code, i.item_id FROM collections c JOIN collection_items i ON i.collection_id = c.id ORDER BY i.seq',
        )
        .all();
    expect(collections(first.state)).toEqual(collections(second.state));
    first.state.close();
    second.state.close();
  });

  it('spans months, both licensing members, every media type, clients, jobs and purchase orders', () => {
    const { state } = seededState();
    const rows = licenseRows(state);
    expect(rows.length).toBeGreaterThanOrEqual(2000);
    expect(rows.length).toBeLessThanOrEqual(2500);
    expect(new Set(rows.map((row) => row.team_id))).toEqual(new Set(['9001']));
    expect(new Set(rows.map((row) => row.user_id))).toEqual(new Set(['101782601', '101782602']));
    const perMedia = new Map<string, number>();
    for (const row of rows) perMedia.set(row.media, (perMedia.get(row.media) ?? 0) + 1);
    expect(Object.fromEntries(perMedia)).toEqual({
      image: expect.any(Number),
      video: expect.any(Number),
      audio: expect.any(Number),
      sfx: expect.any(Number),
      'editorial-image': expect.any(Number),
      'editorial-video': expect.any(Number),
    });
    for (const count of perMedia.values()) expect(count).toBeGreaterThanOrEqual(100);
    // Fewer image, video and music licenses than the app's "licensed" marks read (1,000 / 200).
    expect(perMedia.get('image')).toBeLessThan(1000);
    expect(perMedia.get('video')).toBeLessThan(200);
    expect(perMedia.get('audio')).toBeLessThan(200);

    // In the order they were made, over about nine months, all in the past.
    const times = rows.map((row) => Date.parse(row.created_time));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(NOW - (times[0] ?? NOW)).toBeGreaterThan(240 * 86_400_000);
    expect(times[times.length - 1]).toBeLessThan(NOW);

    const metadata = rows.map((row) => JSON.parse(row.metadata) as Record<string, string>);
    const clients = new Set(metadata.map((m) => m.client).filter(Boolean));
    expect(clients).toEqual(new Set(HISTORY_CLIENTS.map((c) => c.client)));
    expect(metadata.filter((m) => m.purchase_order).length).toBeGreaterThan(300);
    // Editorial images need a purchase order; client work needs client and job.
    rows.forEach((row, index) => {
      if (row.media === 'editorial-image') expect(metadata[index]?.purchase_order).toBeTruthy();
      if (row.subscription_id.endsWith('01')) expect(metadata[index]?.job).toBeTruthy();
    });
    state.close();
  });

  it('agrees with the allotments: each current term holds exactly the downloads it used', () => {
    const { state } = seededState();
    const subscriptions = state
      .prepare(
        "SELECT id, downloads_limit, downloads_left, start_time, end_time FROM subscriptions WHERE user_id IN ('101782601', '101782602')",
      )
      .all() as {
      id: string;
      downloads_limit: number;
      downloads_left: number;
      start_time: string;
      end_time: string;
    }[];
    const inTerm = state
      .prepare(
        'SELECT count(*) FROM licenses WHERE subscription_id = ? AND created_time >= ? AND created_time < ?',
      )
      .pluck();
    for (const s of subscriptions) {
      expect(inTerm.get(s.id, s.start_time, s.end_time), s.id).toBe(
        s.downloads_limit - s.downloads_left,
      );
      expect(s.downloads_left, s.id).toBeGreaterThan(0);
    }
    // The ended subscription's licenses all lie inside its term.
    const ended = subscriptions.find((s) => s.id === 's8906103')!;
    expect(
      state
        .prepare('SELECT count(*) FROM licenses WHERE subscription_id = ?')
        .pluck()
        .get(ended.id),
    ).toBe(ended.downloads_limit - ended.downloads_left);
    state.close();
  });
});

describe('the seeded history through the v2 routes', () => {
  let app: FastifyInstance;
  let token: string;
  let state: Db;

  beforeAll(async () => {
    const seeded = seededState(Date.now());
    state = seeded.state;
    token = seeded.accounts.defaultUser().access_token;
    app = Fastify();
    await app.register(sandboxPlugin, {
      sandbox: { ...base, state, accounts: seeded.accounts },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    state.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      total_count: number;
      data: {
        id: string;
        is_downloadable: boolean;
        user: { username: string };
        image?: { id: string; format: { size: string; format: string } };
        metadata: Record<string, string>;
      }[];
    };
  };

  it('lists the team history with user, size and format, and tells what can be downloaded again', async () => {
    const team = await get('/v2/images/licenses?team_history=true&per_page=200');
    const count = state
      .prepare("SELECT count(*) FROM licenses WHERE media = 'image'")
      .pluck()
      .get() as number;
    expect(team.total_count).toBe(count);
    expect(new Set(team.data.map((entry) => entry.user.username))).toEqual(
      new Set(['alex', 'sam']),
    );
    expect(team.data[0]?.image?.format).toEqual({
      size: expect.any(String),
      format: expect.stringMatching(/^(jpg|eps)$/),
    });
    const mine = await get('/v2/images/licenses?per_page=1');
    expect(mine.total_count).toBeLessThan(team.total_count);

    const ended = await get(
      '/v2/images/licenses?team_history=true&download_availability=non_downloadable&per_page=200',
    );
    const fromEnded = state
      .prepare("SELECT count(*) FROM licenses WHERE subscription_id IN ('s8906103', 's8906203')")
      .pluck()
      .get();
    expect(ended.total_count).toBe(fromEnded);
    expect(ended.data.every((entry) => !entry.is_downloadable)).toBe(true);
    const downloadable = await get(
      '/v2/images/licenses?team_history=true&download_availability=downloadable&per_page=1',
    );
    expect(downloadable.total_count + ended.total_count).toBe(team.total_count);

    // A teammate's license downloads again; one of the ended subscription does not.
    const again = await app.inject({
      method: 'POST',
      url: `/v2/images/licenses/${downloadable.data[0]!.id}/downloads`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ url: expect.stringContaining('/sandbox/downloads/') });
    const refused = await app.inject({
      method: 'POST',
      url: `/v2/images/licenses/${ended.data[0]!.id}/downloads`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ errors: [{ code: 'SUBSCRIPTION_EXPIRED' }] });
  });

  it('gives each member collections of images, video and music', async () => {
    for (const type of ['images', 'videos', 'audio']) {
      const list = await get(`/v2/${type}/collections?per_page=50`);
      expect(list.total_count, type).toBeGreaterThanOrEqual(1);
    }
  });
});
