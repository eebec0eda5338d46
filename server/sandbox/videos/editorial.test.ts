// Editorial video search and details: country required and honoured, every filter
// filters, cursor paging walks the whole result, bad input is a 400 naming the parameter.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import type { EditorialVideoRow } from './editorial';

interface EditorialVideo {
  id: string;
  title: string;
  caption: string;
  date_taken: string;
  categories: { name: string }[];
  keywords: string[];
  assets: {
    original: { fps: number; width: number; height: number };
    preview_mp4: { url: string };
  };
}
interface SearchBody {
  data: EditorialVideo[];
  total_count: number;
  next: string;
  prev: string;
}

let app: FastifyInstance;
let token = '';
beforeAll(async () => {
  app = await createTestApp();
  token = app.sandbox.defaultUser().accessToken;
});
afterAll(async () => {
  await app.close();
});

async function get(url: string) {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json<unknown>() };
}
async function search(params: string): Promise<SearchBody> {
  const { status, body } = await get(`/v2/editorial/videos/search?${params}`);
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
  return body as SearchBody;
}
const row = (id: string) =>
  app.sandbox.videos.db
    .prepare('SELECT * FROM editorial_videos WHERE id = ?')
    .get(id) as EditorialVideoRow;

describe('editorial videos', () => {
  it('has at least 5,000 editorial videos; a country sees those it may use', async () => {
    const count = app.sandbox.videos.db
      .prepare('SELECT count(*) FROM editorial_videos')
      .pluck()
      .get() as number;
    expect(count).toBeGreaterThanOrEqual(5_000);
    const usa = await search('country=USA&per_page=50');
    expect(usa.total_count).toBeGreaterThan(3_000);
    expect(usa.total_count).toBeLessThan(count);
    for (const video of usa.data) {
      const { restricted_in, allowed_only } = row(video.id);
      expect(restricted_in.split(',')).not.toContain('USA');
      if (allowed_only) expect(allowed_only.split(',')).toContain('USA');
    }
  });

  it('filters by query, category (each of them), supplier, dates, resolution and fps', async () => {
    for (const video of (await search('country=GBR&query=festival&per_page=50')).data)
      expect(`${video.title} ${video.caption} ${video.keywords.join(' ')}`.toLowerCase()).toContain(
        'festival',
      );
    const sport = await search('country=GBR&category=Sport&per_page=50');
    expect(sport.total_count).toBeGreaterThan(0);
    for (const video of sport.data) expect(video.categories.map((c) => c.name)).toContain('Sport');
    for (const video of (await search('country=GBR&category=sport,news&per_page=50')).data)
      expect(video.categories.map((c) => c.name).sort()).toEqual(
        expect.arrayContaining(['News', 'Sport']),
      );
    for (const video of (await search('country=GBR&supplier_code=VHG&per_page=50')).data)
      expect(row(video.id).supplier_code).toBe('VHG');
    const dated = await search('country=GBR&date_start=2020-01-01&date_end=2020-12-31&per_page=50');
    expect(dated.total_count).toBeGreaterThan(0);
    for (const video of dated.data)
      expect(video.date_taken >= '2020-01-01' && video.date_taken <= '2020-12-31').toBe(true);
    for (const video of (await search('country=GBR&resolution=4k&per_page=50')).data)
      expect(row(video.id).resolution).toBe('4k');
    for (const video of (await search('country=GBR&fps=25&per_page=50')).data)
      expect(video.assets.original.fps).toBe(25);
  });

  it('sorts newest, oldest and relevant', async () => {
    const newest = (await search('country=FRA&sort=newest&per_page=50')).data.map(
      (v) => v.date_taken,
    );
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = (await search('country=FRA&sort=oldest&per_page=50')).data.map(
      (v) => v.date_taken,
    );
    expect(oldest).toEqual([...oldest].sort());
    const relevant = await search('country=FRA&query=storm&per_page=5');
    expect(relevant.data[0]?.title.toLowerCase()).toContain('storm');
  });

  it('walks a result by cursor: next and prev', async () => {
    const first = await search('country=DEU&query=music&per_page=20');
    expect(first.prev).toBe('');
    const second = await search(`country=DEU&query=music&per_page=20&cursor=${first.next}`);
    const both = await search('country=DEU&query=music&per_page=40');
    expect([...first.data, ...second.data].map((v) => v.id)).toEqual(both.data.map((v) => v.id));
    const back = await search(`country=DEU&query=music&per_page=20&cursor=${second.prev}`);
    expect(back.data.map((v) => v.id)).toEqual(first.data.map((v) => v.id));
  });

  it('answers details only where the country may use the video', async () => {
    const restricted = app.sandbox.videos.db
      .prepare(
        "SELECT id, restricted_in FROM editorial_videos WHERE restricted_in != '' AND allowed_only = '' LIMIT 1",
      )
      .get() as { id: string; restricted_in: string };
    const banned = restricted.restricted_in.split(',')[0] ?? '';
    const allowed = ['USA', 'GBR', 'FRA', 'ISL'].find((c) => !restricted.restricted_in.includes(c));
    const ok = await get(`/v2/editorial/videos/${restricted.id}?country=${allowed}`);
    expect(ok.status).toBe(200);
    expect((ok.body as EditorialVideo).id).toBe(restricted.id);
    expect((await get(`/v2/editorial/videos/${restricted.id}?country=${banned}`)).status).toBe(404);
    expect((await get('/v2/editorial/videos/1234z?country=USA')).status).toBe(404);
  });

  it('lists the editorial video categories', async () => {
    const { body } = await get('/v2/editorial/videos/categories');
    const names = (body as { data: { name: string }[] }).data.map((c) => c.name);
    expect(names).toContain('Sport');
    expect(names.length).toBeGreaterThan(10);
  });

  it('answers bad input with a 400 naming the parameter', async () => {
    for (const [url, name] of [
      ['/v2/editorial/videos/search?query=news', 'country'],
      ['/v2/editorial/videos/search?country=US', 'country'],
      ['/v2/editorial/videos/search?country=USA&per_page=51', 'per_page'],
      ['/v2/editorial/videos/search?country=USA&sort=popular', 'sort'],
      ['/v2/editorial/videos/search?country=USA&category=Cooking', 'category'],
      ['/v2/editorial/videos/search?country=USA&cursor=nonsense', 'cursor'],
      [
        '/v2/editorial/videos/search?country=USA&date_start=2020-02-01&date_end=2020-01-01',
        'date_start',
      ],
      ['/v2/editorial/videos/search?country=USA&resolution=8k', 'resolution'],
      ['/v2/editorial/videos/9000001a', 'country'],
    ] as const) {
      const { status, body } = await get(url);
      expect(status, url).toBe(400);
      expect(JSON.stringify(body), url).toContain(`$.query.${name}`);
    }
  });
});
