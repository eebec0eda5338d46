// Image search as a client relies on it: every filter really filters (checked against
// the database, including attributes the response does not show), sorts hold, pages
// add up, totals are exact, and text matching follows the vendor's query syntax.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { colorDistance, parseHex } from '../colors';
import { COLOR_MATCH_DISTANCE } from './filters';

interface SearchImage {
  id: string;
  description: string;
  keywords?: string[];
  categories?: { id: string; name: string }[];
  image_type: string;
  aspect: number;
  added_date?: string;
  is_editorial?: boolean;
  contributor: { id: string };
}

interface SearchBody {
  data: SearchImage[];
  total_count: number;
  page: number;
  per_page: number;
  search_id: string;
  spellcheck_info: { spellchecked_query?: string };
}

interface Attributes {
  id: number;
  people_number: number;
  people_age: string | null;
  people_gender: string | null;
  people_ethnicity: string;
  people_model_released: number;
  colors: string;
  popularity: number;
  width: number;
  height: number;
  is_adult: number;
}

let app: FastifyInstance;
let headers: Record<string, string>;

beforeAll(async () => {
  // Filters, stemming, relevance and paging are asserted over the product's 100,000 images.
  app = await createTestApp({}, { catalog: 'full' });
  headers = { authorization: `Bearer ${app.sandbox.defaultUser().accessToken}` };
});
afterAll(async () => app.close());

async function search(query: string): Promise<SearchBody> {
  const response = await app.inject({ url: `/v2/images/search?${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchBody>();
}

function attributes(images: SearchImage[]): Attributes[] {
  const byId = app.sandbox.db.prepare('SELECT * FROM images WHERE id = ?');
  return images.map((image) => byId.get(Number(image.id)) as Attributes);
}

function sqlCount(where: string, ...params: unknown[]): number {
  return app.sandbox.db
    .prepare(`SELECT count(*) FROM images WHERE ${where}`)
    .pluck()
    .get(...params) as number;
}

describe('image search filters', () => {
  it('people filters hold for every result (checked in the database)', async () => {
    const body = await search(
      'people_number=2&people_age=30s&people_gender=both&people_model_released=true&per_page=100',
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const row of attributes(body.data)) {
      expect(row).toMatchObject({
        people_number: 2,
        people_age: '30s',
        people_gender: 'both',
        people_model_released: 1,
      });
    }
  });

  it('people_ethnicity includes any of several values, and NOT excludes', async () => {
    const any = await search('people_ethnicity=japanese&people_ethnicity=hispanic&per_page=100');
    expect(any.data.length).toBeGreaterThan(0);
    for (const row of attributes(any.data))
      expect(row.people_ethnicity).toMatch(/japanese|hispanic/);

    const without = await search('people_ethnicity=NOT%20caucasian&people_number=1&per_page=100');
    expect(without.data.length).toBeGreaterThan(0);
    for (const row of attributes(without.data))
      expect(row.people_ethnicity.split(',')).not.toContain('caucasian');
  });

  it('color keeps images whose nearest dominant colour is close to it', async () => {
    const body = await search('color=1E90FF&per_page=100');
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.total_count).toBeLessThan((await search('per_page=0')).total_count);
    const wanted = parseHex('1E90FF') as number;
    for (const row of attributes(body.data)) {
      const nearest = Math.min(
        ...row.colors.split(',').map((hex) => colorDistance(parseHex(hex) as number, wanted)),
      );
      expect(nearest).toBeLessThanOrEqual(COLOR_MATCH_DISTANCE);
    }
  });

  it('category accepts repeated and comma-separated values, ids and names, alike', async () => {
    const repeated = await search('category=1&category=Nature&per_page=50');
    const csv = await search('category=1,12&per_page=50');
    expect(csv.total_count).toBe(repeated.total_count);
    expect(csv.data.map((image) => image.id)).toEqual(repeated.data.map((image) => image.id));
    const full = await search('category=1&category=12&per_page=50&view=full');
    for (const image of full.data) {
      expect(
        image.categories?.some((category) => category.id === '1' || category.id === '12'),
      ).toBe(true);
    }
  });

  it('combines filters with AND, and counts exactly (checked with SQL)', async () => {
    const body = await search(
      'image_type=vector&orientation=vertical&added_date_start=2020-01-01&added_date_end=2022-01-01&per_page=0',
    );
    const expected = sqlCount(
      "image_type = 'vector' AND width < height AND added_date >= '2020-01-01' AND added_date < '2022-01-01' AND is_editorial = 0 AND is_adult = 0",
    );
    expect(body.total_count).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it('width, height and aspect ratio ranges hold', async () => {
    const body = await search(
      'width_from=4000&width_to=6000&height_to=3000&aspect_ratio_min=1.6&per_page=100',
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const row of attributes(body.data)) {
      expect(row.width).toBeGreaterThanOrEqual(4000);
      expect(row.width).toBeLessThanOrEqual(6000);
      expect(row.height).toBeLessThanOrEqual(3000);
      expect(row.width / row.height).toBeGreaterThanOrEqual(1.6);
    }
    const exact = await search('aspect_ratio=1&per_page=50');
    for (const image of exact.data) expect(Math.abs(image.aspect - 1)).toBeLessThanOrEqual(0.01);
  });

  it('hides adult images unless safe=false, and editorial ones unless licensed editorially', async () => {
    const safe = await search('query=fashion&per_page=0');
    const unsafe = await search('query=fashion&safe=false&per_page=0');
    expect(unsafe.total_count).toBeGreaterThan(safe.total_count);
    const editorial = await search('license=editorial&per_page=50&view=full');
    expect(editorial.data.length).toBeGreaterThan(0);
    for (const image of editorial.data) expect(image.is_editorial).toBe(true);
    const both = await search('license=editorial&license=commercial&per_page=0');
    expect(both.total_count).toBe(editorial.total_count + (await search('per_page=0')).total_count);
  });

  it('contributor takes ids or names', async () => {
    const contributor = app.sandbox.db
      .prepare('SELECT id, name FROM contributors ORDER BY id LIMIT 1 OFFSET 10')
      .get() as { id: number; name: string };
    const byId = await search(`contributor=${contributor.id}&per_page=100`);
    const byName = await search(
      `contributor=${encodeURIComponent(contributor.name.toUpperCase())}&per_page=100`,
    );
    expect(byId.total_count).toBeGreaterThan(0);
    expect(byName.total_count).toBe(byId.total_count);
    for (const image of byId.data) expect(image.contributor.id).toBe(String(contributor.id));
  });
});

describe('image search text', () => {
  it('matches every term, in the caption or the keywords, with stemming', async () => {
    const body = await search('query=dogs%20beach&per_page=100&view=full');
    expect(body.total_count).toBeGreaterThan(0);
    for (const image of body.data) {
      const text = `${image.description} ${image.keywords?.join(' ')}`.toLowerCase();
      expect(text).toMatch(/dog/);
      expect(text).toMatch(/beach/);
    }
  });

  it('NOT excludes a term', async () => {
    const all = await search('query=food&per_page=0');
    const body = await search('query=food%20NOT%20pizza&per_page=200&view=full');
    expect(body.total_count).toBeLessThan(all.total_count);
    for (const image of body.data)
      expect(`${image.description} ${image.keywords?.join(' ')}`.toLowerCase()).not.toMatch(
        /pizza/,
      );
  });

  it('ranks by relevance: the first results name the term in their caption', async () => {
    const body = await search('query=lighthouse&sort=relevance&per_page=10');
    expect(body.data.length).toBe(10);
    for (const image of body.data) expect(image.description.toLowerCase()).toContain('lighthouse');
  });

  it('suggests a spelling and searches it, unless spellcheck_query=false', async () => {
    const corrected = await search('query=lighthuose&per_page=5');
    expect(corrected.spellcheck_info.spellchecked_query).toBe('lighthouse');
    expect(corrected.total_count).toBeGreaterThan(0);
    const literal = await search('query=lighthuose&spellcheck_query=false&per_page=5');
    expect(literal.total_count).toBe(0);
    expect(literal.spellcheck_info.spellchecked_query).toBe('lighthouse');
    expect((await search('query=lighthouse&per_page=0')).spellcheck_info).toEqual({});
  });
});

describe('image search order and paging', () => {
  it('sort=popular orders by popularity, sort=newest by date added', async () => {
    const popular = attributes((await search('query=city&sort=popular&per_page=100')).data).map(
      (row) => row.popularity,
    );
    expect(popular).toEqual([...popular].sort((a, b) => b - a));
    const newest = (await search('query=city&sort=newest&per_page=100&view=full')).data.map(
      (image) => image.added_date ?? '',
    );
    expect(newest).toEqual([...newest].sort().reverse());
  });

  it('sort=random keeps the same result set in another order', async () => {
    const a = await search('query=lighthouse&sort=random&per_page=500');
    const b = await search('query=lighthouse&sort=random&per_page=500');
    expect(a.total_count).toBe(b.total_count);
    expect(a.total_count).toBeGreaterThan(20);
    expect(a.total_count).toBeLessThanOrEqual(500);
    expect(new Set(a.data.map((image) => image.id))).toEqual(
      new Set(b.data.map((image) => image.id)),
    );
    expect(a.data.map((image) => image.id)).not.toEqual(b.data.map((image) => image.id));
  });

  it('pages are consecutive slices of the same result, down to deep pages', async () => {
    const whole = await search('query=office&sort=relevance&per_page=90');
    const pages = await Promise.all(
      [1, 2, 3].map((page) => search(`query=office&sort=relevance&per_page=30&page=${page}`)),
    );
    expect(pages.flatMap((body) => body.data.map((image) => image.id))).toEqual(
      whole.data.map((image) => image.id),
    );
    const last = Math.ceil(whole.total_count / 30);
    expect(
      (await search(`query=office&sort=relevance&per_page=30&page=${last}`)).data.length,
    ).toBeGreaterThan(0);
    expect((await search(`query=office&sort=relevance&per_page=30&page=${last + 1}`)).data).toEqual(
      [],
    );
  });

  it('builds absolute media URLs from the forwarded origin', async () => {
    const response = await app.inject({
      url: '/v2/images/search?per_page=1',
      headers: {
        ...headers,
        'x-forwarded-host': 'stock.example:8443',
        'x-forwarded-proto': 'https',
      },
    });
    const image = response.json<{
      data: { id: string; assets: Record<string, { url: string }> }[];
    }>().data[0];
    expect(image?.assets.preview?.url).toBe(
      `https://stock.example:8443/sandbox/media/images/${image?.id}/preview.jpg`,
    );
  });
});
