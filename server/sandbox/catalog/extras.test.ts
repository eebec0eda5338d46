// The image extras and contributor profiles through the real server: updated images,
// recommendations, bulk search, keywords from a text, contributors.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { imageUpdates } from './updates';

type Json = Record<string, unknown>;

describe('image extras and contributors', () => {
  let app: FastifyInstance;
  let token = '';
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.statusCode, body: response.json<Json>() };
  };
  const data = (body: Json) => body.data as Json[];

  beforeAll(async () => {
    app = await createTestApp();
    token = app.sandbox.defaultUser().accessToken;
  });
  afterAll(() => app.close());

  it('updates: the same window gives the same updates; types and sort are honoured', () => {
    const columns = app.sandbox.catalog.columns;
    const window = { start: Date.UTC(2026, 9, 20), end: Date.UTC(2026, 9, 21) };
    const all = imageUpdates(columns, window, ['addition', 'deletion', 'edit'], 'newest');
    expect(imageUpdates(columns, window, ['addition', 'deletion', 'edit'], 'newest')).toEqual(all);
    for (const update of all) {
      expect(update.time).toBeGreaterThanOrEqual(window.start);
      expect(update.time).toBeLessThan(window.end);
    }
    const times = all.map((u) => u.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const added = imageUpdates(columns, window, ['addition'], 'oldest');
    expect(added.length).toBeGreaterThan(0);
    for (const update of added) {
      const index = columns.indexOf(Number(update.id));
      expect(new Date((columns.day[index] as number) * 86_400_000).toISOString()).toMatch(
        /^2026-10-20/,
      );
    }
    for (const update of imageUpdates(columns, window, ['deletion'], 'newest'))
      expect(columns.indexOf(Number(update.id))).toBe(-1);
  });

  it('GET /v2/images/updated pages through the last hour by default', async () => {
    const first = await call('GET', '/v2/images/updated?per_page=10');
    expect(first.status).toBe(200);
    expect(Number(first.body.total_count)).toBeGreaterThan(100);
    const hourAgo = Date.now() - 3_600_000 - 5_000;
    for (const item of data(first.body))
      expect(Date.parse(String(item.updated_time))).toBeGreaterThan(hourAgo);
    const second = await call('GET', '/v2/images/updated?per_page=10&page=2');
    expect(data(second.body).map((i) => i.id)).not.toEqual(data(first.body).map((i) => i.id));
  });

  it('recommendations share keywords with the inputs and leave adult images out by default', async () => {
    const search = await call(
      'GET',
      '/v2/images/search?query=golden%20retriever&per_page=2&view=full',
    );
    const inputs = data(search.body);
    const ids = inputs.map((image) => String(image.id));
    const { body } = await call(
      'GET',
      `/v2/images/recommendations?id=${ids.join('&id=')}&max_items=20`,
    );
    const recommended = data(body).map((r) => String(r.id));
    expect(recommended).toHaveLength(20);
    expect(recommended.filter((id) => ids.includes(id))).toEqual([]);
    const details = await call(
      'GET',
      `/v2/images?view=full&id=${recommended.slice(0, 5).join('&id=')}`,
    );
    const inputKeywords = new Set(inputs.flatMap((image) => image.keywords as string[]));
    for (const image of data(details.body)) {
      expect((image.keywords as string[]).some((k) => inputKeywords.has(k))).toBe(true);
      expect(image.is_adult).toBe(false);
    }
  });

  it('bulk search: each search as GET /v2/images/search would answer it, query defaults overridden per search', async () => {
    const { status, body } = await call('POST', '/v2/bulk_search/images?per_page=3&sort=newest', [
      { query: 'cat' },
      { query: 'dog', sort: 'popular', per_page: 2 },
    ]);
    expect(status).toBe(200);
    const [cats, dogs] = body.results as Json[];
    const single = await call('GET', '/v2/images/search?query=cat&per_page=3&sort=newest');
    expect(data(cats!).map((i) => i.id)).toEqual(data(single.body).map((i) => i.id));
    expect(cats!.total_count).toBe(single.body.total_count);
    expect(data(dogs!)).toHaveLength(2);
    const bad = await call('POST', '/v2/bulk_search/images', [
      { query: 'cat', image_type: ['photograph'] },
    ]);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('image_type');
    expect((await call('POST', '/v2/bulk_search/images', [])).status).toBe(400);
    const badItem = await call('POST', '/v2/bulk_search/images', [{}, { category: 'Nope' }]);
    expect(badItem.status).toBe(400);
    expect(JSON.stringify(badItem.body)).toContain('$.body[1].category');
  });

  it('keywords from text: catalog keywords and phrases, the telling ones first, at most 10', async () => {
    const text =
      'Our brief: a golden retriever and a tabby cat play on a sandy beach at sunset. The golden retriever runs. ' +
      'Also flowers, a picnic, mountains, a lighthouse, a city skyline, coffee, laptops and a red sports car.';
    const { status, body } = await call('POST', '/v2/images/search/suggestions', { text });
    expect(status).toBe(200);
    const keywords = body.keywords as string[];
    expect(keywords.length).toBeGreaterThan(3);
    expect(keywords.length).toBeLessThanOrEqual(10);
    expect(keywords[0]).toBe('golden retriever');
    expect(keywords).toContain('tabby cat');
    for (const word of ['the', 'a', 'our', 'and']) expect(keywords).not.toContain(word);
    expect(
      (await call('POST', '/v2/images/search/suggestions', { text: 'zxqv wplk' })).body.keywords,
    ).toEqual([]);
  });

  it('contributor profiles: from the catalog, the same every time', async () => {
    const { body: image } = await call('GET', '/v2/images/search?query=business&per_page=1');
    const id = String(((image.data as Json[])[0]!.contributor as Json).id);
    const first = await call('GET', `/v2/contributors/${id}`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual((await call('GET', `/v2/contributors/${id}`)).body);
    const name = app.sandbox.db
      .prepare('SELECT name FROM contributors WHERE id = ?')
      .pluck()
      .get(Number(id));
    expect(first.body.display_name).toBe(name);
    expect((first.body.subjects as string[]).length).toBeGreaterThan(0);
    expect(first.body.location).toMatch(/^[A-Z]{2}$/);
    expect((await call('GET', '/v2/contributors/999999999')).status).toBe(404);
    const list = await call('GET', `/v2/contributors?id=${id},999999999`);
    expect(data(list.body).map((c) => c.id)).toEqual([id]);
    expect(JSON.stringify(list.body.errors)).toContain('999999999');
    expect((await call('GET', '/v2/contributors?id=')).status).toBe(400);
  });

  it('contributors: a track’s and a sound effect’s contributor resolve to their artist', async () => {
    const { body: tracks } = await call('GET', '/v2/audio/search?per_page=1');
    const track = data(tracks)[0]!;
    const trackContributor = String((track.contributor as Json).id);
    const mainArtist = (track.artists as { name: string }[])[0]!.name;
    const { body: effects } = await call('GET', '/v2/sfx/search?per_page=1');
    const effect = data(effects)[0]!;
    const effectContributor = String((effect.contributor as Json).id);
    const { body: effectDetails } = await call('GET', `/v2/sfx/${String(effect.id)}?view=full`);

    const one = await call('GET', `/v2/contributors/${trackContributor}`);
    expect(one.status).toBe(200);
    expect(one.body.display_name).toBe(mainArtist);
    expect(one.body.about).toMatch(/\d+ tracks/);
    const many = await call(
      'GET',
      `/v2/contributors?id=${trackContributor}&id=${effectContributor}`,
    );
    expect(data(many.body).map((c) => [c.id, c.display_name])).toEqual(
      [...new Set([trackContributor, effectContributor])].map((id) => [
        id,
        id === trackContributor ? mainArtist : effectDetails.artist,
      ]),
    );
    expect(many.body.errors).toBeUndefined();
  });
});
