// Editorial images through the real server: the generated catalog, every search filter and
// sort, cursor paging, country rights, live feeds, updates and previews.
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { EDITORIAL_NOW, generateEditorial } from './generate';

type Json = Record<string, unknown>;
interface Page {
  data: Json[];
  total_count: number;
  next: string;
  prev: string;
}

describe('editorial images', () => {
  let app: FastifyInstance;
  let token = '';
  const get = async (url: string) => {
    const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json<Json>() };
  };
  const search = async (params: Record<string, string | number>) => {
    const query = new URLSearchParams({ country: 'USA', per_page: '50', ...params } as Record<
      string,
      string
    >);
    const { status, body } = await get(`/v2/editorial/images/search?${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body as unknown as Page;
  };

  beforeAll(async () => {
    app = await createTestApp();
    token = app.sandbox.defaultUser().accessToken;
  });
  afterAll(() => app.close());

  it('generates the same catalog from the same seed, with recent live feeds', () => {
    const options = { seed: 7, imageCount: 600, feedCount: 4 };
    const a = generateEditorial(options);
    const b = generateEditorial(options);
    expect(a.images).toHaveLength(600);
    expect(a.images.slice(0, 20)).toEqual(b.images.slice(0, 20));
    expect(a.feeds).toHaveLength(4);
    for (const feed of a.feeds) {
      const age = EDITORIAL_NOW - Date.parse(feed.createdTime);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(13 * 86_400_000);
      expect(a.images.some((image) => image.feed === feed.index)).toBe(true);
    }
    expect(app.sandbox.editorial.size).toBeGreaterThanOrEqual(20_000);
  });

  it('query matches title, description or keywords; NOT excludes', async () => {
    const fans = await search({ query: 'royal' });
    expect(fans.total_count).toBeGreaterThan(0);
    for (const item of fans.data) expect(JSON.stringify(item).toLowerCase()).toContain('royal');
    const without = await search({ query: 'royal NOT flags' });
    expect(without.total_count).toBeLessThan(fans.total_count);
    for (const item of without.data) expect(String(item.description)).not.toContain('flags');
  });

  it('category (all of several), supplier and date range filter', async () => {
    const both = await search({ category: 'Sport,Portrait' });
    expect(both.total_count).toBeGreaterThan(0);
    for (const item of both.data) {
      const names = (item.categories as { name: string }[]).map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining(['Sport', 'Portrait']));
      // A wire caption: dateline, then what the picture shows.
      expect(String(item.caption)).toMatch(
        /^[A-Z][A-Z .'-]+, [A-Z .'-]+ - \d{1,2} [A-Z]{3} \d{4}: /,
      );
      expect(String(item.caption)).toContain(String(item.description));
    }
    expect(both.total_count).toBeLessThan((await search({ category: 'sport' })).total_count);
    const supplier = await search({ supplier_code: 'ROY' });
    expect(supplier.total_count).toBeGreaterThan(0);
    for (const item of supplier.data) expect(item.supplier_code).toBe('ROY');
    const dated = await search({ date_start: '2019-03-01', date_end: '2019-03-31' });
    expect(dated.total_count).toBeGreaterThan(0);
    for (const item of dated.data) expect(String(item.date_taken)).toMatch(/^2019-03-/);
  });

  it('sorts newest and oldest by date taken; relevant ranks title matches first', async () => {
    const newest = (await search({ sort: 'newest' })).data.map((i) => String(i.date_taken));
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = (await search({ sort: 'oldest' })).data.map((i) => String(i.date_taken));
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest[0]! < newest[0]!).toBe(true);
    const relevant = await search({ query: 'premiere', per_page: 5 });
    for (const item of relevant.data)
      expect(String(item.title).toLowerCase()).toContain('premiere');
  });

  it('cursor paging walks the whole result once, and back', async () => {
    const params = { query: 'zoo', per_page: 20, sort: 'newest' };
    const all = await search({ ...params, per_page: 50 });
    const seen: string[] = [];
    let page = await search(params);
    let previous = '';
    for (;;) {
      seen.push(...page.data.map((item) => String(item.id)));
      if (!page.next) break;
      previous = page.next;
      page = await search({ ...params, cursor: page.next });
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(page.total_count);
    expect(seen.slice(0, 50)).toEqual(all.data.map((item) => String(item.id)));
    if (previous) {
      const back = await search({ ...params, cursor: page.prev });
      expect(back.data.length).toBe(20);
    }
  });

  it('country rights: a restricted picture is hidden from search and refused in details', async () => {
    const row = app.sandbox.editorial.db
      .prepare("SELECT id, rights FROM editorial_images WHERE rights LIKE '-%' LIMIT 1")
      .get() as { id: string; rights: string };
    const denied = row.rights.slice(1);
    expect((await get(`/v2/editorial/images/${row.id}?country=${denied}`)).status).toBe(404);
    const allowed = denied === 'USA' ? 'GBR' : 'USA';
    const ok = await get(`/v2/editorial/images/${row.id}?country=${allowed}`);
    expect(ok.status).toBe(200);
    expect(String(ok.body.special_instructions)).toContain('No use in');
    const only = app.sandbox.editorial.db
      .prepare("SELECT id, rights FROM editorial_images WHERE rights LIKE '%-*' LIMIT 1")
      .get() as { id: string; rights: string };
    expect(only.rights).toContain('+USA');
    expect((await get(`/v2/editorial/images/${only.id}?country=usa`)).status).toBe(200);
    expect((await get(`/v2/editorial/images/${only.id}?country=JPN`)).status).toBe(404);
    const everywhere = (await search({})).total_count;
    expect((await search({ country: 'JPN' })).total_count).toBeLessThan(everywhere);
  });

  it('live feeds: newest first, items from the feed, the cover its newest item', async () => {
    const { body } = await get('/v2/editorial/images/livefeeds?country=USA&per_page=50');
    const feeds = body.data as Json[];
    expect(feeds.length).toBeGreaterThan(20);
    const times = feeds.map((feed) => String(feed.created_time));
    expect(times).toEqual([...times].sort().reverse());
    const feed = feeds[0] as Json;
    const items = await get(
      `/v2/editorial/images/livefeeds/${encodeURIComponent(String(feed.id))}/items?country=USA`,
    );
    const data = items.body.data as Json[];
    expect(data).toHaveLength(Number(feed.total_item_count));
    for (const item of data) expect(String(item.title)).toContain(String(feed.name));
    expect((feed.cover_item as Json).id).toBe(data[0]?.id);
    // The raw id (slashes and all, once decoded) finds the same feed.
    const raw = await get(`/v2/editorial/images/livefeeds/${String(feed.id)}?country=USA`);
    expect(raw.body.id).toBe(feed.id);
  });

  it('updated: additions and edits in the time range, by type and sort', async () => {
    const range = 'date_updated_start=2026-11-01T00:00:00Z&date_updated_end=2026-11-21T00:00:00Z';
    const added = await get(
      `/v2/editorial/images/updated?country=USA&type=addition&${range}&sort=oldest&per_page=100`,
    );
    const data = added.body.data as Json[];
    expect(data.length).toBeGreaterThan(0);
    const times = data.map((item) => String(item.updated_time));
    expect(times).toEqual([...times].sort());
    for (const time of times) expect(time >= '2026-11-01' && time <= '2026-11-21').toBe(true);
    const edits = await get(`/v2/editorial/images/updated?country=USA&type=edit&${range}`);
    for (const item of edits.body.data as Json[]) {
      expect(item.updates).toEqual(['edit']);
      expect(String(item.updated_time) > String(item.created_time)).toBe(true);
    }
  });

  it('previews: watermarked JPEGs of the listed sizes, cached for a year', async () => {
    const page = await search({ per_page: 1 });
    const item = page.data[0] as Json;
    const assets = item.assets as Record<string, { url: string; width: number; height: number }>;
    for (const size of ['thumb_170', 'watermark_450']) {
      const asset = assets[size]!;
      const response = await app.inject({ url: new URL(asset.url).pathname });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(response.headers['cache-control']).toContain('immutable');
      const meta = await sharp(response.rawPayload).metadata();
      expect(meta.format).toBe('jpeg');
      expect([meta.width, meta.height]).toEqual([asset.width, asset.height]);
    }
    expect(
      (await app.inject({ url: '/sandbox/media/editorial/123z/thumb_170.jpg' })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ url: `/sandbox/media/editorial/${String(item.id)}/huge.jpg` }))
        .statusCode,
    ).toBe(404);
  });
});
